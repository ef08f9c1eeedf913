import type { Tree } from "../tree/schema";
import type { OnePagePlan } from "./compile";
import { toSelector, type Formula } from "./formula";

/**
 * The one-page check's stylesheet: the plan's conditions as selectors on the form. Each condition is written
 * once, as `form.op:where(…)` setting custom properties on the form, which every element inside inherits and
 * reads for its `display` (so a question's long condition is not repeated for its note and its "next" line).
 * `:where()` keeps every such rule at the same specificity, so the later rule wins, as written here.
 *
 * Without `:has()` (an old browser), nothing here applies but the first block: every question shows, no
 * outcome ever does, and a message says the page needs a newer browser.
 */
export function onePageCss(tree: Tree, plan: OnePagePlan): string {
  const rules: string[] = [];
  const when = (formula: Formula, declarations: string, extra = "") => {
    const selector = toSelector(formula);
    if (selector !== null) rules.push(`form.op:where(${selector || "*"})${extra}{${declarations}}`);
  };

  for (const q of tree.questions) {
    const id = q.id;
    rules.push(
      `#q-${id}{display:var(--show-${id},none)}#q-${id} .op-stale{display:var(--stale-${id},none)}` +
        `#q-${id} .op-error{display:var(--error-${id},none)}#next-${id}{display:var(--next-${id},none)}`,
    );
  }
  // Ticked but not asked (an earlier answer changed): still shown, to untick, unless a safety screen stopped.
  for (const q of tree.questions) {
    when({ atom: { answered: q.id } }, `--show-${q.id}:block;--stale-${q.id}:block`, notWhere(plan.safe));
  }
  for (const q of tree.questions) {
    when(plan.reached[q.id] ?? false, `--show-${q.id}:block;--stale-${q.id}:none;--next-${q.id}:block`);
    when({ atom: { answered: q.id } }, `--next-${q.id}:none`);
    when(plan.invalid[q.id] ?? false, `--error-${q.id}:block;--next-${q.id}:none`);
  }

  rules.push(".op-outcomes{display:var(--done,none)}.op-waiting{display:var(--waiting,block)}");
  rules.push(".op-sooner{display:var(--sooner,none)}");
  when(plan.done, "--done:block;--waiting:none;--sooner:block");
  when(plan.safe, "--sooner:none");

  plan.verdicts.forEach((verdict, index) => {
    rules.push(`[data-verdict="${verdict.id}"]{display:var(--v${index},none)}`);
    when(verdict.when, `--v${index}:block`);
  });
  tree.guidance.forEach((item, index) => {
    const formula = plan.guidance[item.id] ?? false;
    if (formula === true) return;
    rules.push(`[data-guidance="${item.id}"]{display:var(--g${index},none)}`);
    when(formula, `--g${index}:list-item`);
  });
  const reasons = [...new Set(plan.verdicts.flatMap((v) => v.reasons))];
  reasons.forEach((input, index) => {
    rules.push(`[data-reason="${input}"]{display:var(--r${index},none)}`);
    when({ atom: { checked: input } }, `--r${index}:list-item`);
  });

  return `${base}\n@supports selector(:has(a)){\n.op-old-browser{display:none}\n${rules.join("\n")}\n}\n`;
}

const notWhere = (formula: Formula) => {
  const selector = toSelector(formula);
  return selector === null ? "" : `:not(:where(${selector || "*"}))`;
};

/** What holds in every browser: outcomes hidden until the rules above show one; the page prints its outcome only. */
const base = `.op-outcomes,.op-verdict,.op-stale,.op-error,.op-next,.op-sooner{display:none}
.noscript{display:none}
.op-question{margin-bottom:30px}
.op-stale{margin:0 0 15px;border-left:5px solid var(--error);padding-left:10px}
.op-stale p{font-weight:700}
.op-verdict{margin:20px 0}
@media print{
.op-question,.op-status,.op-reset,.op-intro,.op-old-browser,.op-sources{display:none!important}
.one-page .heading-xl{font-size:15pt;margin-bottom:4pt}
.one-page .heading-l{font-size:13pt;margin:4pt 0}
.op-verdict{margin:4pt 0}
.op-verdict .heading-s,.op-sooner .heading-m{font-size:10pt;margin:5pt 0 1pt}
.op-verdict p,.op-verdict li,.op-sooner p,.op-sooner li{margin-bottom:1pt}
.op-sooner ul{columns:2;column-gap:14pt}
.op-verdict li,.op-sooner li{break-inside:avoid}
}`;
