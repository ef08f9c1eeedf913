import { checkPictures } from "./check-pictures";
import { END } from "./end";
import { checkGraph, checkRoles, checkSafetyOrder } from "./check-structure";
import { leaves } from "./predicates";
import type { Predicate, Question, Tree } from "./schema";

/**
 * Checks a schema-valid tree for what a schema cannot see: duplicate ids, dangling references, cycles,
 * unreachable questions, journeys that cannot end, the roles the code relies on, and the safety order of the
 * first two screens.
 * Returns one plain sentence per problem, each naming the node.
 */
/** Words that name a retinoid (SPEC.md section 5): a step that recommends one must say `"retinoid": true`. */
export const namesRetinoid = /\b(retinol|retinoids?|retinal|adapalene|tretinoin)\b/i;

export function checkTree(tree: Tree, { published = false }: { published?: boolean } = {}): string[] {
  const problems: string[] = [];
  const questions = new Map(tree.questions.map((q) => [q.id, q]));
  const findingIds = new Set(tree.findings.map((f) => f.id));
  const ruleIds = new Set(tree.rules.map((r) => r.id));
  const sourceIds = new Set(tree.sources.map((s) => s.id));

  const named: [string, { id: string }[]][] = [
    ["question", tree.questions],
    ["finding", tree.findings],
    ["rule", tree.rules],
    ["guidance item", tree.guidance],
    ["source", tree.sources],
  ];
  for (const [kind, items] of named) reportDuplicates(problems, kind, items);
  for (const q of tree.questions) {
    if (q.type !== "number") reportDuplicates(problems, `question '${q.id}': option`, q.options);
  }

  const citeCheck = (owner: string, ids: readonly string[] | undefined) => {
    for (const sourceId of ids ?? []) {
      if (!sourceIds.has(sourceId)) problems.push(`${owner}: cites unknown source '${sourceId}'`);
    }
  };

  const predicateCheck = (owner: string, predicate: Predicate, allowed: { findings: boolean; rules: boolean }) => {
    for (const leaf of leaves(predicate)) {
      if ("finding" in leaf) {
        if (!allowed.findings) problems.push(`${owner}: may not refer to finding '${leaf.finding}'`);
        else if (!findingIds.has(leaf.finding)) problems.push(`${owner}: refers to unknown finding '${leaf.finding}'`);
        continue;
      }
      if ("rule" in leaf) {
        if (!allowed.rules) problems.push(`${owner}: may not refer to rule '${leaf.rule}'`);
        else if (!ruleIds.has(leaf.rule)) problems.push(`${owner}: refers to unknown rule '${leaf.rule}'`);
        continue;
      }
      if (!("question" in leaf)) continue;
      const target = questions.get(leaf.question);
      if (!target) {
        problems.push(`${owner}: refers to unknown question '${leaf.question}'`);
        continue;
      }
      const problem = atomProblem(leaf, target);
      if (problem) problems.push(`${owner}: ${problem}`);
    }
  };

  for (const q of tree.questions) {
    const owner = `question '${q.id}'`;
    citeCheck(owner, q.sources);
    if (q.type === "multi" && q.exclusiveNone !== undefined && !q.options.some((o) => o.id === q.exclusiveNone)) {
      problems.push(`${owner}: exclusiveNone names '${q.exclusiveNone}', which is not one of its options`);
    }
    if (q.type === "number" && q.min > q.max) problems.push(`${owner}: min ${q.min} is above max ${q.max}`);
    q.next.forEach((route, index) => {
      const where = `${owner}: route ${index + 1}`;
      if (route.goto !== END && !questions.has(route.goto)) {
        problems.push(`${where} goes to unknown question '${route.goto}'`);
      }
      if (route.goto === q.id) problems.push(`${where} goes back to the same question`);
      if (route.when) predicateCheck(where, route.when, { findings: true, rules: true });
      if (!route.when && index < q.next.length - 1) {
        problems.push(`${where} has no condition, so the routes after it can never be taken`);
      }
    });
    const last = q.next[q.next.length - 1];
    if (last?.when) problems.push(`${owner}: the last route needs no condition, or some journeys never end`);
  }

  for (const finding of tree.findings) {
    const owner = `finding '${finding.id}'`;
    citeCheck(owner, finding.sources);
    citeCheck(owner, finding.checkBack?.sources);
    predicateCheck(owner, finding.when, { findings: false, rules: false });
    if (finding.condition !== "unclear" && !finding.checkBack) {
      problems.push(`${owner}: needs a checkBack window, because ${finding.condition} can end in self-care`);
    }
  }
  for (const rule of tree.rules) {
    const owner = `rule '${rule.id}'`;
    citeCheck(owner, rule.sources);
    predicateCheck(owner, rule.when, { findings: true, rules: false });
  }
  for (const [urgency, texts] of Object.entries(tree.urgencies)) citeCheck(`urgency '${urgency}'`, texts.sources);
  for (const item of tree.guidance) {
    const owner = `guidance '${item.id}'`;
    citeCheck(owner, item.sources);
    if (item.when) predicateCheck(owner, item.when, { findings: false, rules: false });
    for (const findingId of item.for) {
      if (!findingIds.has(findingId)) problems.push(`${owner}: is for unknown finding '${findingId}'`);
    }
    for (const findingId of item.notFor ?? []) {
      if (!findingIds.has(findingId)) problems.push(`${owner}: notFor names unknown finding '${findingId}'`);
      if (item.for.includes(findingId)) problems.push(`${owner}: is both for and notFor finding '${findingId}'`);
    }
    if (item.notFor && !item.shared) problems.push(`${owner}: notFor only means something on a shared step`);
  }

  citeCheck("emergencyAdvice", tree.emergencyAdvice.sources);
  if (!published) problems.push(...checkCareSteps(tree));
  problems.push(...checkPictures(tree));
  problems.push(...checkRoles(tree, questions));
  problems.push(...checkSafetyOrder(tree, questions));
  problems.push(...checkGraph(tree, questions));
  return problems;
}

function reportDuplicates(problems: string[], kind: string, items: readonly { id: string }[]) {
  const seen = new Set<string>();
  for (const { id } of items) {
    if (seen.has(id)) problems.push(`${kind} '${id}' is defined more than once`);
    seen.add(id);
  }
}

function atomProblem(atom: Extract<Predicate, { question: string }>, target: Question): string | undefined {
  const operator = "equals" in atom ? "equals" : "includes" in atom ? "includes" : "atLeast";
  const expectedType = { equals: "single", includes: "multi", atLeast: "number" }[operator];
  if (target.type !== expectedType) {
    return `uses '${operator}' on question '${target.id}', which is a ${target.type} question`;
  }
  const value = "equals" in atom ? atom.equals : "includes" in atom ? atom.includes : undefined;
  if (value !== undefined && target.type !== "number" && !target.options.some((o) => o.id === value)) {
    return `refers to unknown option '${value}' of question '${target.id}'`;
  }
  return undefined;
}

/**
 * The rules for writing care steps today (SPEC.md section 5). A "don't" step may warn against retinoids; a step
 * that recommends one must carry the flag, which keeps it from anyone pregnant, trying or breastfeeding.
 * Published versions are read as they were, so these rules do not apply to them (parseTree's `published`).
 */
export function checkCareSteps(tree: Tree): string[] {
  return tree.guidance
    .filter((item) => item.kind !== "dont" && namesRetinoid.test(item.text) && item.retinoid !== true)
    .map(
      (item) =>
        `guidance '${item.id}': names a retinoid, so it needs "retinoid": true (and a when that leaves out pregnancy)`,
    );
}
