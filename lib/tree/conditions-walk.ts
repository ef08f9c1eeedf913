import type { Condition } from "./schema";

export type Atom = Extract<Condition, { question: string }>;

/** Every leaf of a condition, for reference checks and for the diagram. */
export function leaves(condition: Condition): Condition[] {
  if ("all" in condition) return condition.all.flatMap(leaves);
  if ("any" in condition) return condition.any.flatMap(leaves);
  if ("not" in condition) return leaves(condition.not);
  return [condition];
}

export function describeCondition(condition: Condition): string {
  if ("all" in condition) return condition.all.map(describeCondition).join(" and ");
  if ("any" in condition) return `(${condition.any.map(describeCondition).join(" or ")})`;
  if ("not" in condition) return `not ${describeCondition(condition.not)}`;
  if ("finding" in condition) return `looks like ${condition.finding}`;
  if ("rule" in condition) return `rule ${condition.rule}`;
  if ("equals" in condition) return `${condition.question} = ${condition.equals}`;
  if ("includes" in condition) return `${condition.question} has ${condition.includes}`;
  return `${condition.question} ≥ ${condition.atLeast}`;
}
