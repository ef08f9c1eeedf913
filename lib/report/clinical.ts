import { realOptions } from "../journey/answer-rule";
import type { Answers, AnswerValue } from "../journey/answers";
import type { Outcome } from "../journey/outcome";
import { describePredicate, type Notation } from "../tree/predicates";
import { safetyScreens } from "../tree/roles";
import { renderMessage } from "../i18n/render-message";
import type { Question, Tree } from "../tree/schema";

export type Row = { question: string; label: string; values: string[] };
export type RedFlag = { screen: string; sign: string; answer: "Yes" | "No" | "Not asked" };

/** An answer in the words of its audience: the clinical term for the handout, the person's words otherwise. */
/** A number answer as a clinician reads it ("2 weeks"): the question's amount in its plural form, or the number and unit. */
export function countAmount(question: Extract<Question, { type: "number" }>, value: AnswerValue): string {
  const amount = question.compiled?.amount;
  if (!amount) return `${String(value)} ${question.unit}`;
  return renderMessage(amount, { value: Number(value) }, question.compiled?.tag);
}

export function answerTerms(question: Question, value: AnswerValue, clinical: boolean): string[] {
  if (question.type === "number") return [countAmount(question, value)];
  const chosen = Array.isArray(value) ? value : [value];
  return chosen.map((id) => {
    const option = question.options.find((o) => o.id === id);
    return (clinical ? option?.clinical : undefined) ?? option?.label ?? String(id);
  });
}

/** Every answer on the path after the safety screens, in the order asked, labelled for a clinician. */
export function presentingFeatures(tree: Tree, answers: Answers, path: readonly string[]): Row[] {
  const screens = safetyScreens(tree).map((q) => q.id);
  return path
    .filter((id) => !screens.includes(id))
    .flatMap((id) => {
      const question = tree.questions.find((q) => q.id === id);
      const value = answers[id];
      return question && value !== undefined
        ? [{ question: id, label: question.clinical, values: answerTerms(question, value, true) }]
        : [];
    });
}

/** Every red flag the tool screens for, with its answer, so negatives are listed explicitly. */
export function redFlags(tree: Tree, answers: Answers): RedFlag[] {
  return safetyScreens(tree).flatMap((question) => {
    const chosen = answers[question.id];
    return realOptions(question).map((o) => ({
      screen: question.clinical,
      sign: o.clinical ?? o.label,
      answer: !Array.isArray(chosen) ? "Not asked" : chosen.includes(o.id) ? "Yes" : "No",
    }));
  });
}

/** The "see a dermatologist" line a clinician reads: yes, no, or emergency care instead of either. */
export type DermatologistFlag = "advised" | "notAdvised" | "emergencyCare";

export function dermatologistFlag(outcome: Pick<Outcome, "seeDermatologist" | "urgency">): DermatologistFlag {
  if (outcome.seeDermatologist) return "advised";
  return outcome.urgency === "emergency" ? "emergencyCare" : "notAdvised";
}

export type DecidingRule = { id: string; when: string; explain: string; clinical: string };

/** The rule that set the urgency: its id and test (as docs/decision-tree.md writes them) and its clinical words. */
export function decidingRule(
  tree: Tree,
  outcome: Outcome,
  words?: { notation: Notation; noRule: string },
): DecidingRule {
  const rule = tree.rules.find((r) => r.id === outcome.rule);
  if (!rule) {
    return {
      id: "self-care",
      when: words?.noRule ?? "no escalation rule matched",
      explain: outcome.explain,
      clinical: tree.selfCare.clinical,
    };
  }
  return {
    id: rule.id,
    when: describePredicate(rule.when, words?.notation),
    explain: rule.explain,
    clinical: rule.clinical,
  };
}
