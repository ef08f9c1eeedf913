import { leaves } from "./predicates";
import type { Predicate, Question, Tree } from "./schema";

/** One representative answer of a class, and every option id the class stands for. */
export type AnswerClass = { answer: string | string[] | number; options: string[] };

/** Every predicate of the tree: routes, findings, rules and care steps. */
export function allPredicates(tree: Tree): Predicate[] {
  return [
    ...tree.questions.flatMap((q) => q.next.flatMap((route) => (route.when ? [route.when] : []))),
    ...tree.findings.map((f) => f.when),
    ...tree.rules.map((r) => r.when),
    ...tree.guidance.flatMap((g) => (g.when ? [g.when] : [])),
  ];
}

/**
 * The answers to each question that some predicate can tell apart (issue 23): raw answer sets are far too many
 * to walk, but two answers that every predicate treats alike lead to the same journey and outcome. So:
 * - a single-choice question: each option a predicate names, and one of the others standing for them all;
 * - a multi-choice question: every set of the options predicates name, with or without one of the others,
 *   and its exclusive "none of these" option;
 * - a number: its lowest value and each threshold predicates compare it with (a finding's window included).
 */
export function answerClasses(tree: Tree): Map<string, AnswerClass[]> {
  const named = new Map<string, Set<string>>();
  const thresholds = new Map<string, Set<number>>();
  const windows = tree.findings.flatMap((f) => (f.checkBack ? [f.checkBack.weeks] : []));
  const add = <T>(map: Map<string, Set<T>>, key: string, values: T[]) => {
    const set = map.get(key) ?? new Set<T>();
    for (const value of values) set.add(value);
    map.set(key, set);
  };
  for (const leaf of allPredicates(tree).flatMap(leaves)) {
    if ("equals" in leaf) add(named, leaf.question, [leaf.equals]);
    else if ("includes" in leaf) add(named, leaf.question, [leaf.includes]);
    else if ("atLeast" in leaf)
      add(thresholds, leaf.question, leaf.atLeast === "check-back" ? windows : [leaf.atLeast]);
  }
  return new Map(
    tree.questions.map((q) => [q.id, classesOf(q, named.get(q.id) ?? new Set(), thresholds.get(q.id) ?? new Set())]),
  );
}

function classesOf(question: Question, named: Set<string>, thresholds: Set<number>): AnswerClass[] {
  if (question.type === "number") {
    const above = [...thresholds].filter((t) => t > question.min && t <= question.max).sort((a, b) => a - b);
    return [question.min, ...above].map((value) => ({ answer: value, options: [] }));
  }
  const choosable = question.options.filter((o) => question.type !== "multi" || o.id !== question.exclusiveNone);
  const namedIds = choosable.filter((o) => named.has(o.id)).map((o) => o.id);
  const others = choosable.filter((o) => !named.has(o.id)).map((o) => o.id);
  if (question.type === "single") {
    const rest = others[0] === undefined ? [] : [{ answer: others[0], options: others }];
    return [...namedIds.map((id) => ({ answer: id, options: [id] })), ...rest];
  }
  const classes: AnswerClass[] = question.exclusiveNone
    ? [{ answer: [question.exclusiveNone], options: [question.exclusiveNone] }]
    : [];
  for (let mask = 0; mask < 1 << namedIds.length; mask++) {
    const picked = namedIds.filter((_, bit) => mask & (1 << bit));
    if (picked.length > 0) classes.push({ answer: picked, options: picked });
    if (others[0] !== undefined) classes.push({ answer: [...picked, others[0]], options: [...picked, ...others] });
  }
  return classes;
}
