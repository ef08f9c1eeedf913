import type { ConditionId, Finding, GuidanceItem, Rule, Tree, Urgency } from "../tree/schema";
import type { Answers } from "./answers";
import { renderMessage } from "../i18n/render-message";
import { evidenceFor, holds, matchFinding, type Evidence } from "./evaluate";

/** An answer that decided the outcome, as a short statement tied to its question. */
export type Reason = { question: string; text: string };

export type Outcome = {
  urgency: Urgency;
  condition: ConditionId;
  /** The finding the answers look most like; undefined when the journey stopped at a safety screen. */
  finding?: Finding;
  seeDermatologist: boolean;
  /** The rule that decided the urgency, or "self-care" when none did. */
  rule: string;
  explain: string;
  explainSources: string[];
  /** What to do now: the deciding rule's own action where it has one, else the urgency's (clinical rules §1). */
  action: { text: string; sources: string[] };
  reasons: Reason[];
  checkBackWeeks?: number;
  guidance: GuidanceItem[];
};

/** Applies clinical rules §3 to the answers on a finished path: first matching rule wins, else self-care. */
export function decideOutcome(tree: Tree, answers: Answers, path: readonly string[]): Outcome {
  const context = { tree, answers };
  const match = matchFinding(context);
  const rule = tree.rules.find((r) => holds(r.when, context));

  if (rule && !rule.assessed) {
    return {
      urgency: rule.urgency,
      condition: "not_assessed",
      seeDermatologist: rule.urgency !== "emergency",
      rule: rule.id,
      explain: rule.explain,
      explainSources: rule.sources,
      action: actionOf(tree, rule.urgency, rule),
      reasons: toReasons(tree, evidenceFor(rule.when, context) ?? [], answers, path),
      guidance: [],
    };
  }
  if (!match) {
    // Unreachable for a checked tree (the property tests walk every kind of journey); fail loudly, never guess.
    throw new Error(`no finding matches the answers on path ${path.join(" → ")}`);
  }
  const urgency: Urgency = rule?.urgency ?? "self_care";
  const evidence = [...match.evidence, ...(rule ? (evidenceFor(rule.when, context) ?? []) : [])];
  return {
    urgency,
    condition: match.finding.condition,
    finding: match.finding,
    seeDermatologist: urgency === "urgent" || urgency === "appointment",
    rule: rule?.id ?? "self-care",
    explain: rule?.explain ?? tree.selfCare.explain,
    explainSources: rule?.sources ?? [],
    action: actionOf(tree, urgency, rule),
    reasons: toReasons(tree, evidence, answers, path),
    checkBackWeeks: urgency === "self_care" ? match.finding.checkBack?.weeks : undefined,
    guidance: urgency === "self_care" || urgency === "appointment" ? selectGuidance(tree, match.finding, answers) : [],
  };
}

function actionOf(tree: Tree, urgency: Urgency, rule: Rule | undefined): Outcome["action"] {
  return rule?.action
    ? { text: rule.action, sources: rule.sources }
    : { text: tree.urgencies[urgency].action, sources: tree.urgencies[urgency].sources };
}

export function selectGuidance(tree: Tree, finding: Finding, answers: Answers): GuidanceItem[] {
  return tree.guidance.filter(
    (item) => item.for.includes(finding.id) && (!item.when || holds(item.when, { tree, answers })),
  );
}

function toReasons(tree: Tree, evidence: Evidence[], answers: Answers, path: readonly string[]): Reason[] {
  const reasons = new Map<string, Reason>();
  const ordered = [...evidence].sort((a, b) => path.indexOf(a.question) - path.indexOf(b.question));
  for (const item of ordered) {
    const question = tree.questions.find((q) => q.id === item.question);
    // The tree check guarantees that every predicate names a real question.
    if (!question) throw new Error(`evidence names unknown question '${item.question}'`);
    let text: string;
    if (question.type === "number") {
      text = countStatement(question, answers[question.id]);
    } else {
      text = question.options.find((o) => o.id === item.option)?.statement ?? String(item.option);
    }
    reasons.set(`${item.question}:${text}`, { question: item.question, text });
  }
  return [...reasons.values()];
}

type NumberQuestion = Extract<Tree["questions"][number], { type: "number" }>;

/**
 * A number answer as a reason: the question's statement with the number, in its plural form, from the parts
 * read when the tree was read (lib/tree/count-messages.ts), with its language's plural rules.
 */
export function countStatement(question: NumberQuestion, value: Answers[string] | undefined): string {
  return renderMessage(
    question.compiled?.statement ?? question.statement,
    { value: Number(value) },
    question.compiled?.tag,
  );
}
