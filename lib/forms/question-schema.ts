import "../zod-mini";
import { array, minLength, object, pipe, refine, string, transform, trim, type ZodMiniType } from "zod/mini";
import type { AnswerValue } from "../journey/answers";
import type { Question } from "../tree/schema";

/** What a form field holds before it becomes an answer: radios a string, checkboxes a list, numbers typed text. */
export type FieldValue = string | string[];

/**
 * The zod schema for one question page's form, built from the tree (never one schema for the whole
 * journey, which would block Continue on questions not yet asked). Messages follow GOV.UK's style.
 */
export function questionFormSchema(question: Question) {
  return object({ [question.id]: fieldSchema(question) });
}

function fieldSchema(question: Question): ZodMiniType<AnswerValue, FieldValue | undefined> {
  if (question.type === "single") {
    const ids = question.options.map((o) => o.id);
    return string({ error: question.error }).check(refine((value) => ids.includes(value), { error: question.error }));
  }
  if (question.type === "multi") {
    const ids = question.options.map((o) => o.id);
    return array(string(), { error: question.error }).check(
      minLength(1, { error: question.error }),
      refine((values) => values.every((v) => ids.includes(v)), { error: question.error }),
      refine((values) => !(question.exclusiveNone && values.includes("none") && values.length > 1), {
        error: `Select ‘${noneLabel(question)}’ on its own, or untick it`,
      }),
    );
  }
  const { min, max, unit } = question;
  // Checks run in order and the form shows the first message, so each check assumes the ones before passed.
  const text = string({ error: question.error }).check(
    trim(),
    minLength(1, { error: question.error }),
    refine((t) => /^-?\d+(\.\d+)?$/.test(t), { error: `Enter the number of ${unit} as a number, like 3` }),
    refine((t) => Number.isInteger(Number(t)), { error: `Enter a whole number of ${unit}, like 3` }),
    refine((t) => Number(t) >= min, { error: `The number of ${unit} must be ${min} or more` }),
    refine((t) => Number(t) <= max, { error: `The number of ${unit} must be ${max} or fewer` }),
  );
  return pipe(
    text,
    transform((t) => Number(t)),
  );
}

function noneLabel(question: Extract<Question, { type: "multi" }>): string {
  return question.options.find((o) => o.id === "none")?.label ?? "none";
}

/** The stored answer shown back in the form: numbers become text for the input. */
export function toFieldValue(question: Question, answer: AnswerValue | undefined): FieldValue | undefined {
  if (answer === undefined) return question.type === "multi" ? [] : undefined;
  if (typeof answer === "number") return String(answer);
  return typeof answer === "string" ? answer : [...answer];
}
