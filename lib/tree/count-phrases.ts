import { renderMessage } from "../i18n/render-message";
import type { Answers } from "../journey/answers";
import type { Question } from "./schema";

// A number question's phrases, rendered from the parts count-messages.ts read at build time: no parser here,
// since the engine runs in the browser.

type NumberQuestion = Extract<Question, { type: "number" }>;

/** A number answer as a reason: the question's statement with the number, in its plural form. */
export function countStatement(question: NumberQuestion, value: Answers[string] | undefined): string {
  return renderMessage(
    question.compiled?.statement ?? question.statement,
    { value: Number(value) },
    question.compiled?.tag,
  );
}

/** A number answer as a clinician reads it ("2 weeks"): the question's amount, or the number and its unit. */
export function countAmount(question: NumberQuestion, value: Answers[string]): string {
  const amount = question.compiled?.amount;
  if (!amount) return `${String(value)} ${question.unit}`;
  return renderMessage(amount, { value: Number(value) }, question.compiled?.tag);
}
