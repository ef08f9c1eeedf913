import { END } from "../tree/end";
import type { Predicate, Question, Tree } from "../tree/schema";
import { optionCode } from "./canonical";

/**
 * The FHIRPath that enables a question exactly when the engine would ask it, for the SDC
 * enableWhenExpression extension. A question is asked when a question before it was answered and its first
 * route that holds leads here (clinical rules §2: routes are tried top to bottom).
 *
 * The engine decides a question's route from the answers given so far. In a finished response later answers
 * are present too, so each route's predicate is written "as of" its question: a test on a question that can
 * only come later (not an ancestor in the routing graph) is false, as it is in the engine at that moment.
 * Only answers to enabled questions are in a response, so "answered" also means "asked".
 */
export function enableWhenExpressions(tree: Tree): Map<string, string> {
  const ancestors = ancestorsOf(tree);
  const incoming = new Map<string, string[]>();
  for (const question of tree.questions) {
    const before = ancestors.get(question.id) ?? new Set<string>();
    const asOf = new Set([...before, question.id]);
    const tried: string[] = [];
    for (const route of question.next) {
      const holds = route.when ? compile(tree, route.when, asOf) : "true";
      if (route.goto !== END) {
        const reached = [answered(question.id), ...tried.map((t) => `(${t}).not()`), `(${holds})`].join(" and ");
        incoming.set(route.goto, [...(incoming.get(route.goto) ?? []), `(${reached})`]);
      }
      tried.push(holds);
    }
  }
  return new Map([...incoming].map(([id, ways]) => [id, ways.join(" or ")]));
}

const item = (id: string) => `%resource.item.where(linkId='${id}')`;
const answered = (id: string) => `${item(id)}.answer.exists()`;

/** A predicate as a FHIRPath boolean, over the answers to the questions in `asOf`. */
function compile(tree: Tree, predicate: Predicate, asOf: Set<string>): string {
  if ("all" in predicate) return predicate.all.map((p) => `(${compile(tree, p, asOf)})`).join(" and ");
  if ("any" in predicate) return predicate.any.map((p) => `(${compile(tree, p, asOf)})`).join(" or ");
  if ("not" in predicate) return `(${compile(tree, predicate.not, asOf)}).not()`;
  if ("rule" in predicate) {
    const rule = tree.rules.find((r) => r.id === predicate.rule);
    return rule ? compile(tree, rule.when, asOf) : "false";
  }
  if ("finding" in predicate) return findingIs(tree, predicate.finding, asOf);
  if (!asOf.has(predicate.question)) return "false";
  const answers = `${item(predicate.question)}.answer.value`;
  if ("equals" in predicate) return `${answers}.where(code = '${code(predicate.question, predicate.equals)}').exists()`;
  if ("includes" in predicate) {
    return `${answers}.where(code = '${code(predicate.question, predicate.includes)}').exists()`;
  }
  if (predicate.atLeast !== "check-back") return `${answers}.where($this >= ${predicate.atLeast}).exists()`;
  // The window is the matched finding's: one alternative per finding with a window.
  const windows = tree.findings.flatMap((finding) =>
    finding.checkBack
      ? [`(${findingIs(tree, finding.id, asOf)} and ${answers}.where($this >= ${finding.checkBack.weeks}).exists())`]
      : [],
  );
  return windows.length > 0 ? windows.join(" or ") : "false";
}

/** The answers look most like `findingId`: its criteria hold and no earlier finding's do (first match wins). */
function findingIs(tree: Tree, findingId: string, asOf: Set<string>): string {
  const index = tree.findings.findIndex((f) => f.id === findingId);
  const finding = tree.findings[index];
  if (!finding) return "false";
  const earlier = tree.findings.slice(0, index).map((f) => `(${compile(tree, f.when, asOf)}).not()`);
  return [...earlier, `(${compile(tree, finding.when, asOf)})`].join(" and ");
}

function code(questionId: string, optionId: string): string {
  return optionCode({ id: questionId }, optionId);
}

/** For each question, every question that can be asked before it on some journey. */
function ancestorsOf(tree: Tree): Map<string, Set<string>> {
  const parents = new Map<string, Set<string>>();
  for (const question of tree.questions) {
    for (const route of question.next) {
      if (route.goto !== END) parents.set(route.goto, (parents.get(route.goto) ?? new Set()).add(question.id));
    }
  }
  const memo = new Map<string, Set<string>>();
  const visit = (id: string): Set<string> => {
    const known = memo.get(id);
    if (known) return known;
    const all = new Set<string>();
    memo.set(id, all); // the tree check forbids cycles; this only stops a bad tree from recursing forever
    for (const parent of parents.get(id) ?? []) {
      all.add(parent);
      for (const further of visit(parent)) all.add(further);
    }
    return all;
  };
  return new Map(tree.questions.map((q: Question) => [q.id, visit(q.id)]));
}
