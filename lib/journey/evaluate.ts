import type { Condition, Finding, Tree } from "../tree/schema";
import type { Answers } from "./answers";

/** An answer that made a condition true; the engine turns these into the person's reasons. */
export type Evidence = { question: string; option?: string; value?: number };

type Context = { tree: Tree; answers: Answers };

/**
 * Evaluates a condition over the answers on the current path. Returns the evidence (the answers that made
 * it true) or null when it is false. Unanswered questions make their atoms false.
 */
export function evidenceFor(condition: Condition, context: Context): Evidence[] | null {
  if ("all" in condition) {
    const parts: Evidence[] = [];
    for (const part of condition.all) {
      const evidence = evidenceFor(part, context);
      if (!evidence) return null;
      parts.push(...evidence);
    }
    return parts;
  }
  if ("any" in condition) {
    const matches = condition.any.map((part) => evidenceFor(part, context)).filter((e) => e !== null);
    return matches.length > 0 ? matches.flat() : null;
  }
  if ("not" in condition) return evidenceFor(condition.not, context) ? null : [];
  if ("finding" in condition) {
    const match = matchFinding(context);
    return match?.finding.id === condition.finding ? match.evidence : null;
  }
  if ("rule" in condition) {
    const rule = context.tree.rules.find((r) => r.id === condition.rule);
    return rule ? evidenceFor(rule.when, context) : null;
  }
  const answer = context.answers[condition.question];
  if (answer === undefined) return null;
  if ("equals" in condition)
    return answer === condition.equals ? [{ question: condition.question, option: condition.equals }] : null;
  if ("includes" in condition) {
    return Array.isArray(answer) && answer.includes(condition.includes)
      ? [{ question: condition.question, option: condition.includes }]
      : null;
  }
  if (typeof answer !== "number") return null;
  const threshold =
    condition.atLeast === "check-back" ? matchFinding(context)?.finding.checkBack?.weeks : condition.atLeast;
  return threshold !== undefined && answer >= threshold ? [{ question: condition.question, value: answer }] : null;
}

export function holds(condition: Condition, context: Context): boolean {
  return evidenceFor(condition, context) !== null;
}

/** The first finding whose criteria the answers meet (SPEC section 3, step 3). */
export function matchFinding(context: Context): { finding: Finding; evidence: Evidence[] } | undefined {
  for (const finding of context.tree.findings) {
    const evidence = evidenceFor(finding.when, context);
    if (evidence) return { finding, evidence };
  }
  return undefined;
}
