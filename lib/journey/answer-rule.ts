import type { ChoiceQuestion, Question } from "../tree/schema";
import type { AnswerValue } from "./answers";

/**
 * The one statement of what a valid answer is. The question page's form, the journey engine, the share-link
 * decoder and the checkboxes all use it, so they can never disagree.
 */

/**
 * What to tell the person, in their language: the question's own error message, or one of the catalogs'
 * "answer." messages with its values (messages/en.json).
 */
export type PersonMessage =
  | { say: "error"; values?: undefined }
  | { say: "onItsOwn"; values: { label: string } }
  | { say: "wholeNumber" | "asNumber"; values: { unit: string } }
  | { say: "atLeast"; values: { unit: string; min: number } }
  | { say: "atMost"; values: { unit: string; max: number } };

/** Why an answer cannot be used: `person` says what to fix (GOV.UK style), `developer` what is wrong. */
export type AnswerProblem = { person: PersonMessage; developer: string };
export type AnswerCheck = { ok: true; value: AnswerValue } | { ok: false; problem: AnswerProblem };

/** What a form field holds before it becomes an answer: a radio's value, the ticked boxes, or typed text. */
export type FieldValue = string | string[];

const ownError: PersonMessage = { say: "error" };
const fail = (developer: string, person: PersonMessage): AnswerCheck => ({ ok: false, problem: { person, developer } });

/** Whether `value` answers `question`; never guesses a fix. */
export function checkAnswer(question: Question, value: unknown): AnswerCheck {
  if (question.type === "number") return checkNumber(question, value);
  const known = new Set<unknown>(question.options.map((o) => o.id));
  if (question.type === "single") {
    if (typeof value !== "string") return fail("must be one option", ownError);
    return known.has(value) ? { ok: true, value } : fail("is not one of its options", ownError);
  }
  if (!Array.isArray(value)) return fail("must be a list of options", ownError);
  if (value.length === 0) return fail("must have at least one option", ownError);
  const unknown: unknown = value.find((v) => !known.has(v));
  if (unknown !== undefined) return fail(`has an unknown option '${String(unknown)}'`, ownError);
  // Every item is now one of the question's option ids, which are strings.
  const ids = value as string[];
  if (new Set(ids).size !== ids.length) return fail("repeats an option", ownError);
  const none = question.exclusiveNone;
  if (none !== undefined && ids.includes(none) && ids.length > 1) {
    return fail(`combines '${none}' with other options`, {
      say: "onItsOwn",
      values: { label: labelOf(question, none) },
    });
  }
  return { ok: true, value: ids };
}

function checkNumber(question: Extract<Question, { type: "number" }>, value: unknown): AnswerCheck {
  const { min, max, unit } = question;
  if (typeof value !== "number" || !Number.isInteger(value)) {
    return fail("must be a whole number", { say: "wholeNumber", values: { unit } });
  }
  const range = `must be a whole number from ${min} to ${max}`;
  if (value < min) return fail(range, { say: "atLeast", values: { unit, min } });
  if (value > max) return fail(range, { say: "atMost", values: { unit, max } });
  return { ok: true, value };
}

/** Reads a form field into an answer. Typed numbers are text until here: " 4 " is 4, "four" is a problem. */
export function answerFromField(question: Question, field: unknown): AnswerCheck {
  if (question.type !== "number") return checkAnswer(question, field);
  const text = typeof field === "string" ? field.trim() : "";
  if (text === "") return fail("is empty", ownError);
  if (!/^-?\d+(\.\d+)?$/.test(text))
    return fail("is not a number", { say: "asNumber", values: { unit: question.unit } });
  return checkAnswer(question, Number(text));
}

/** The boxes ticked after the person ticks or unticks one: "none of these" clears the others, any other clears it. */
export function toggleOption(
  question: Extract<Question, { type: "multi" }>,
  selected: readonly string[],
  optionId: string,
  checked: boolean,
): string[] {
  const none = question.exclusiveNone;
  if (!checked) return selected.filter((id) => id !== optionId);
  if (optionId === none) return [optionId];
  return [...selected.filter((id) => id !== none && id !== optionId), optionId];
}

/** The options that are signs or choices, without the exclusive "none of these". */
export function realOptions(question: ChoiceQuestion) {
  return question.options.filter((o) => question.type !== "multi" || o.id !== question.exclusiveNone);
}

function labelOf(question: ChoiceQuestion, optionId: string): string {
  return question.options.find((o) => o.id === optionId)?.label ?? optionId;
}
