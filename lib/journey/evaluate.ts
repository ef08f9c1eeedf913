import type { Finding, Predicate, Tree } from "../tree/schema";
import type { Answers } from "./answers";

/** An answer that made a predicate true; the engine turns these into the person's reasons. */
export type Evidence = { question: string; option?: string; value?: number };

type Context = { tree: Tree; answers: Answers };

/**
 * Evaluates a predicate over the answers on the current path. Returns the evidence (the answers that made
 * it true) or null when it is false. Unanswered questions make their atoms false.
 */
export function evidenceFor(predicate: Predicate, context: Context): Evidence[] | null {
  if ("all" in predicate) {
    const parts: Evidence[] = [];
    for (const part of predicate.all) {
      const evidence = evidenceFor(part, context);
      if (!evidence) return null;
      parts.push(...evidence);
    }
    return parts;
  }
  if ("any" in predicate) {
    const matches = predicate.any.map((part) => evidenceFor(part, context)).filter((e) => e !== null);
    return matches.length > 0 ? matches.flat() : null;
  }
  if ("not" in predicate) return evidenceFor(predicate.not, context) ? null : [];
  if ("finding" in predicate) {
    const match = matchFinding(context);
    return match?.finding.id === predicate.finding ? match.evidence : null;
  }
  if ("rule" in predicate) {
    const rule = context.tree.rules.find((r) => r.id === predicate.rule);
    return rule ? evidenceFor(rule.when, context) : null;
  }
  // An unanswered question (undefined) fails every test below, as an answer of the wrong kind does.
  const answer = context.answers[predicate.question];
  if ("equals" in predicate)
    return answer === predicate.equals ? [{ question: predicate.question, option: predicate.equals }] : null;
  if ("includes" in predicate) {
    return Array.isArray(answer) && answer.includes(predicate.includes)
      ? [{ question: predicate.question, option: predicate.includes }]
      : null;
  }
  if (typeof answer !== "number") return null;
  // With no window to compare with (no finding, or one without a window), no number of weeks reaches it.
  const threshold =
    (predicate.atLeast === "check-back" ? matchFinding(context)?.finding.checkBack?.weeks : predicate.atLeast) ??
    Number.POSITIVE_INFINITY;
  return answer >= threshold ? [{ question: predicate.question, value: answer }] : null;
}

export function holds(predicate: Predicate, context: Context): boolean {
  return evidenceFor(predicate, context) !== null;
}

/** The first finding whose criteria the answers meet (clinical rules §3, step 3). */
export function matchFinding(context: Context): { finding: Finding; evidence: Evidence[] } | undefined {
  for (const finding of context.tree.findings) {
    const evidence = evidenceFor(finding.when, context);
    if (evidence) return { finding, evidence };
  }
  return undefined;
}
