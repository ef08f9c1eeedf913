import type { Translate } from "../i18n/messages";
import { answerFromField, type FieldValue, type PersonMessage } from "../journey/answer-rule";
import type { AnswerValue } from "../journey/answers";
import type { Question } from "../tree/schema";

/** The person's message in their language: the question's own error (already in the page's language) or a catalog one. */
export function personText(question: Question, message: PersonMessage, t: Translate): string {
  return message.say === "error" ? question.error : t(`answer.${message.say}`, message.values);
}

export type FormValues = Record<string, FieldValue | undefined>;

/**
 * One question page's form, read: the answer it gives, or the message that says what to fix. Only this
 * question's field is read (never the whole journey, which would block Continue on questions not yet asked),
 * and what counts as valid comes from the answer rule, the one the journey and the share links use too.
 */
export function readQuestionForm(
  question: Question,
  values: FormValues,
  t: Translate,
): { ok: true; answers: Record<string, AnswerValue> } | { ok: false; message: string } {
  const read = answerFromField(question, values[question.id]);
  return read.ok
    ? { ok: true, answers: { [question.id]: read.value } }
    : { ok: false, message: personText(question, read.problem.person, t) };
}

/** The stored answer shown back in the form: numbers become text for the input. */
export function toFieldValue(question: Question, answer: AnswerValue | undefined): FieldValue | undefined {
  if (answer === undefined) return question.type === "multi" ? [] : undefined;
  if (typeof answer === "number") return String(answer);
  return typeof answer === "string" ? answer : [...answer];
}
