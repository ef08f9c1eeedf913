import { describe, expect, it } from "vitest";
import { tree } from "../tree/load";
import { compileOnePage } from "./compile";
import { onePageCss } from "./css";

const plan = compileOnePage(tree);
const css = onePageCss(tree, plan);
const [outside = "", inside = ""] = css.split("@supports selector(:has(a)){");

/** Every argument of a :has() in the stylesheet: none may hold another :has(), which CSS forbids. */
function hasArguments(text: string): string[] {
  const found: string[] = [];
  for (let at = text.indexOf(":has("); at >= 0; at = text.indexOf(":has(", at + 1)) {
    let depth = 0;
    let end = at + 4;
    for (; end < text.length; end++) {
      if (text[end] === "(") depth++;
      if (text[end] === ")" && --depth === 0) break;
    }
    found.push(text.slice(at + 5, end));
  }
  return found;
}

describe("the one-page check's stylesheet", () => {
  it("shows questions and outcomes only inside @supports selector(:has(a)); outside, outcomes stay hidden", () => {
    expect(outside).toMatch(/\.op-outcomes,\.op-verdict,[^{]*\{display:none\}/);
    expect(outside).not.toContain(":has(");
    expect(inside).toContain(".op-old-browser{display:none}");
    expect(css.match(/@supports/g)).toHaveLength(1);
  });

  it("never nests :has()", () => {
    const args = hasArguments(inside);
    expect(args.length).toBeGreaterThan(100);
    expect(args.filter((arg) => arg.includes(":has("))).toEqual([]);
  });

  it("gives every question, outcome and conditional care step its rule, each condition written once", () => {
    for (const q of tree.questions) {
      expect(inside).toContain(`#q-${q.id}{display:var(--show-${q.id},none)}`);
      expect(inside.split(`{--show-${q.id}:block;--stale-${q.id}:none;--next-${q.id}:block}`)).toHaveLength(2);
    }
    plan.verdicts.forEach((verdict, index) => {
      expect(inside).toContain(`[data-verdict="${verdict.id}"]{display:var(--v${index},none)}`);
      expect(inside).toContain(`{--v${index}:block}`);
    });
    tree.guidance.forEach((item, index) => {
      expect(inside.includes(`[data-guidance="${item.id}"]`)).toBe(item.when !== undefined);
      if (item.when) expect(inside).toContain(`{--g${index}:list-item}`);
    });
  });

  it("shows an answer no longer asked unless a safety screen stopped the check, and the outcome once done", () => {
    expect(inside).toMatch(
      /form\.op:where\(:has\(\[name=look\]:not\(\.op-clear\):checked\)\):not\(:where\([^{]+\)\)\{--show-look:block;--stale-look:block\}/,
    );
    expect(inside).toContain("{--done:block;--waiting:none;--sooner:block}");
    expect(inside).toContain("{--sooner:none}");
    expect(inside).toContain(".op-outcomes{display:var(--done,none)}");
  });

  it("prints the outcome alone", () => {
    expect(outside).toMatch(
      /@media print\{\s*\.op-question,\.op-status,\.op-reset,\.op-intro,\.op-old-browser,\.op-sources\{display:none!important\}/,
    );
  });
});
