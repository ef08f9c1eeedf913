import { leaves } from "./predicates";
import type { Predicate, Tree } from "./schema";

const refersToVerdict = (leaf: Predicate) => "rule" in leaf || "finding" in leaf;

/**
 * Every published version of the tree (SPEC.md section 7), today's included, each in the page's language. A
 * link, a reminder or a saved check is read with the version it was made with, so the clinician sees what the
 * person was told; only a version that was never published is refused.
 */
export type TreeVersions = { today: Tree; byVersion: Readonly<Record<string, Tree>> };

/** For each older version, the questions whose answers cannot be carried over to today's (changedQuestions). */
export type ChangedSince = Readonly<Record<string, readonly string[]>>;

/** Answers kept in a browser before the version was kept with them were all given to the first version. */
export const FIRST_VERSION = "1.0";

export function treeVersions(today: Tree, older: readonly Tree[] = []): TreeVersions {
  return { today, byVersion: Object.fromEntries([...older, today].map((tree) => [tree.version, tree])) };
}

export function changedSince(today: Tree, older: readonly Tree[]): ChangedSince {
  return Object.fromEntries(older.map((tree) => [tree.version, changedQuestions(tree, today)]));
}

/** A version as the two bytes a link carries it in: "1.10" is [1, 10]. */
export function versionBytesOf(version: string): [number, number] {
  const [major = 0, minor = 0] = version.split(".").map(Number);
  return [major, minor];
}

/**
 * What decides a journey's route and outcome, without the words: question ids, types, options and routes,
 * findings, rules, windows and which care steps are chosen. A change here is a new version (SPEC.md
 * section 7); a change of wording only is not.
 */
export function treeLogic(tree: Tree) {
  return {
    start: tree.start,
    roles: tree.roles,
    questions: tree.questions.map(questionLogic),
    findings: tree.findings.map((f) => [f.id, f.condition, f.when, f.checkBack?.weeks]),
    rules: tree.rules.map((r) => [r.id, r.urgency, r.assessed, r.when]),
    guidance: tree.guidance.map((g) => [g.id, g.for, g.when, g.exfoliant === true, g.retinoid === true]),
  };
}

function questionLogic(question: Tree["questions"][number]) {
  const options = question.type === "number" ? [question.min, question.max] : question.options.map((o) => o.id);
  return [question.id, question.type, options, question.next];
}

/**
 * The questions whose answers cannot be carried from `older` to `today`: a question added, or changed in its
 * options, routes, or in any rule or finding (a rule can change what an option leads to without the option
 * changing). With any rule or finding changed, every question that routes by rules or findings has changed.
 */
export function changedQuestions(older: Tree, today: Tree): string[] {
  const olderQuestions = new Map(older.questions.map((q) => [q.id, JSON.stringify(questionLogic(q))]));
  const { findings: a, rules: b } = treeLogic(older);
  const { findings: c, rules: d } = treeLogic(today);
  const verdictsChanged = JSON.stringify([a, b]) !== JSON.stringify([c, d]);
  return today.questions
    .filter((q) => {
      if (olderQuestions.get(q.id) !== JSON.stringify(questionLogic(q))) return true;
      return verdictsChanged && q.next.some((route) => route.when && leaves(route.when).some(refersToVerdict));
    })
    .map((q) => q.id);
}
