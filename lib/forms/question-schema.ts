import "../zod-mini";
import { NEVER, object, pipe, transform, unknown } from "zod/mini";
import { answerFromField, type FieldValue } from "../journey/answer-rule";
import type { AnswerValue } from "../journey/answers";
import type { Question } from "../tree/schema";

/**
 * The zod schema for one question page's form, built from the tree (never one schema for the whole
 * journey, which would block Continue on questions not yet asked). What counts as valid, and the message
 * that says what to fix, come from the answer rule.
 */
export function questionFormSchema(question: Question) {
  return object({
    [question.id]: pipe(
      unknown(),
      transform((field, context) => {
        const read = answerFromField(question, field);
        if (read.ok) return read.value;
        context.issues.push({ code: "custom", message: read.problem.person, input: field });
        return NEVER;
      }),
    ),
  });
}

/** The stored answer shown back in the form: numbers become text for the input. */
export function toFieldValue(question: Question, answer: AnswerValue | undefined): FieldValue | undefined {
  if (answer === undefined) return question.type === "multi" ? [] : undefined;
  if (typeof answer === "number") return String(answer);
  return typeof answer === "string" ? answer : [...answer];
}
