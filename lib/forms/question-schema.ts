import { z } from "../zod-config";
import type { AnswerValue } from "../journey/answers";
import type { Question } from "../tree/schema";

/** What a form field holds before it becomes an answer: radios a string, checkboxes a list, numbers typed text. */
export type FieldValue = string | string[];

/**
 * The zod schema for one question page's form, built from the tree (never one schema for the whole
 * journey, which would block Continue on questions not yet asked). Messages follow GOV.UK's style.
 */
export function questionFormSchema(question: Question) {
  return z.object({ [question.id]: fieldSchema(question) });
}

function fieldSchema(question: Question): z.ZodType<AnswerValue, FieldValue | undefined> {
  if (question.type === "single") {
    const ids = question.options.map((o) => o.id);
    return z.string({ error: question.error }).refine((value) => ids.includes(value), { error: question.error });
  }
  if (question.type === "multi") {
    const ids = question.options.map((o) => o.id);
    return z
      .array(z.string(), { error: question.error })
      .min(1, { error: question.error })
      .refine((values) => values.every((v) => ids.includes(v)), { error: question.error })
      .refine((values) => !(question.exclusiveNone && values.includes("none") && values.length > 1), {
        error: `Select ‘${noneLabel(question)}’ on its own, or untick it`,
      });
  }
  const { min, max, unit } = question;
  return z
    .string({ error: question.error })
    .trim()
    .min(1, { error: question.error })
    .refine((text) => /^-?\d+(\.\d+)?$/.test(text), { error: `Enter the number of ${unit} as a number, like 3` })
    .refine((text) => Number.isInteger(Number(text)), { error: `Enter a whole number of ${unit}, like 3` })
    .refine((text) => Number(text) >= min, { error: `The number of ${unit} must be ${min} or more` })
    .refine((text) => Number(text) <= max, { error: `The number of ${unit} must be ${max} or fewer` })
    .transform((text) => Number(text));
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
