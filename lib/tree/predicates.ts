import type { Predicate } from "./schema";

/** Every leaf of a predicate, for reference checks and for the diagram. */
export function leaves(predicate: Predicate): Predicate[] {
  if ("all" in predicate) return predicate.all.flatMap(leaves);
  if ("any" in predicate) return predicate.any.flatMap(leaves);
  if ("not" in predicate) return leaves(predicate.not);
  return [predicate];
}

/** A predicate in the notation of docs/decision-tree.md, such as "look = rash and where has cheeks". */
export function describePredicate(predicate: Predicate): string {
  if ("all" in predicate) return predicate.all.map(describePredicate).join(" and ");
  if ("any" in predicate) return `(${predicate.any.map(describePredicate).join(" or ")})`;
  if ("not" in predicate) return `not ${describePredicate(predicate.not)}`;
  if ("finding" in predicate) return `looks like ${predicate.finding}`;
  if ("rule" in predicate) return `rule ${predicate.rule}`;
  if ("equals" in predicate) return `${predicate.question} = ${predicate.equals}`;
  if ("includes" in predicate) return `${predicate.question} has ${predicate.includes}`;
  return `${predicate.question} ≥ ${predicate.atLeast}`;
}
