import type { Question } from "../tree/schema";

/** One answer: an option id (single), option ids (multi) or a whole number. */
export type AnswerValue = string | readonly string[] | number;
export type Answers = Readonly<Record<string, AnswerValue>>;

/**
 * Whether a value read back from storage has the shape of answers (ids to an option id, option ids or a
 * number). Whether each answer fits its question is the walk's job.
 */
export function isAnswersShape(value: unknown): value is Answers {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  return Object.values(value).every(
    (answer) =>
      typeof answer === "string" ||
      (typeof answer === "number" && Number.isFinite(answer)) ||
      (Array.isArray(answer) && answer.every((item) => typeof item === "string")),
  );
}

export type AnswerError = { question: string; value: AnswerValue; message: string };

/** Why an answer cannot be used for a question, or undefined when it can. Never guesses a fix. */
export function answerProblem(question: Question, value: AnswerValue): string | undefined {
  if (question.type === "number") {
    if (typeof value !== "number" || !Number.isInteger(value)) return "must be a whole number";
    if (value < question.min || value > question.max) {
      return `must be a whole number from ${question.min} to ${question.max}`;
    }
    return undefined;
  }
  const known = new Set(question.options.map((o) => o.id));
  if (question.type === "single") {
    if (typeof value !== "string") return "must be one option";
    return known.has(value) ? undefined : "is not one of its options";
  }
  if (!Array.isArray(value)) return "must be a list of options";
  if (value.length === 0) return "must have at least one option";
  const unknown = value.find((v) => typeof v !== "string" || !known.has(v));
  if (unknown !== undefined) return `has an unknown option '${String(unknown)}'`;
  if (new Set(value).size !== value.length) return "repeats an option";
  if (question.exclusiveNone && value.includes("none") && value.length > 1) {
    return "combines 'none' with other options";
  }
  return undefined;
}

export function describeValue(value: AnswerValue): string {
  return JSON.stringify(value);
}
