import { answerFromField, type FieldValue } from "../journey/answer-rule";
import type { AnswerValue } from "../journey/answers";
import type { Question } from "../tree/schema";

export type FormValues = Record<string, FieldValue | undefined>;

/**
 * One question page's form, read: the answer it gives, or the message that says what to fix. Only this
 * question's field is read (never the whole journey, which would block Continue on questions not yet asked),
 * and what counts as valid comes from the answer rule, the one the journey and the share links use too.
 */
export function readQuestionForm(
  question: Question,
  values: FormValues,
): { ok: true; answers: Record<string, AnswerValue> } | { ok: false; message: string } {
  const read = answerFromField(question, values[question.id]);
  return read.ok ? { ok: true, answers: { [question.id]: read.value } } : { ok: false, message: read.problem.person };
}

/** The stored answer shown back in the form: numbers become text for the input. */
export function toFieldValue(question: Question, answer: AnswerValue | undefined): FieldValue | undefined {
  if (answer === undefined) return question.type === "multi" ? [] : undefined;
  if (typeof answer === "number") return String(answer);
  return typeof answer === "string" ? answer : [...answer];
}
