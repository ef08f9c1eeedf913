import type { Predicate } from "./schema";

/** Every leaf of a predicate, for reference checks and for the diagram. */
export function leaves(predicate: Predicate): Predicate[] {
  if ("all" in predicate) return predicate.all.flatMap(leaves);
  if ("any" in predicate) return predicate.any.flatMap(leaves);
  if ("not" in predicate) return leaves(predicate.not);
  return [predicate];
}

/** The few words of the notation, in the reader's language. */
export type Notation = { and: string; or: string; not: string; has: string; looksLike: string; rule: string };

const englishNotation: Notation = {
  and: "and",
  or: "or",
  not: "not",
  has: "has",
  looksLike: "looks like",
  rule: "rule",
};

/** A predicate in the notation of docs/decision-tree.md, such as "look = rash and where has cheeks". */
export function describePredicate(predicate: Predicate, words: Notation = englishNotation): string {
  const describe = (p: Predicate) => describePredicate(p, words);
  if ("all" in predicate) return predicate.all.map(describe).join(` ${words.and} `);
  if ("any" in predicate) return `(${predicate.any.map(describe).join(` ${words.or} `)})`;
  if ("not" in predicate) return `${words.not} ${describe(predicate.not)}`;
  if ("finding" in predicate) return `${words.looksLike} ${predicate.finding}`;
  if ("rule" in predicate) return `${words.rule} ${predicate.rule}`;
  if ("equals" in predicate) return `${predicate.question} = ${predicate.equals}`;
  if ("includes" in predicate) return `${predicate.question} ${words.has} ${predicate.includes}`;
  return `${predicate.question} ≥ ${predicate.atLeast}`;
}
