import { isRecord } from "../is-record";

/** One answer: an option id (single), option ids (multi) or a whole number. Ids, never words. */
export type AnswerValue = string | readonly string[] | number;
export type Answers = Readonly<Record<string, AnswerValue>>;

/**
 * Whether a value read back from storage has the shape of answers (ids to an option id, option ids or a
 * number). Whether each answer fits its question is the answer rule's job (answer-rule.ts).
 */
export function isAnswersShape(value: unknown): value is Answers {
  return (
    isRecord(value) &&
    Object.values(value).every(
      (answer) =>
        typeof answer === "string" ||
        Number.isFinite(answer) ||
        (Array.isArray(answer) && answer.every((item) => typeof item === "string")),
    )
  );
}
