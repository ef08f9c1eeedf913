import type { Resolver as FormResolver } from "react-hook-form";
import { readQuestionForm, type FormValues } from "../../lib/forms/question-form";
import type { Translate } from "../../lib/i18n/messages";
import type { AnswerValue } from "../../lib/journey/answers";
import type { Question } from "../../lib/tree/schema";

export type Values = FormValues;

type Resolver = FormResolver<Values, unknown, Record<string, AnswerValue>>;

/**
 * The form's resolver: the answer rule itself, with its message for the one field. Neither a schema library
 * nor @hookform/resolvers sits in between: on this one-field form they only wrapped the answer rule, and
 * added 7 KB to every question page (docs/decisions/0006).
 */
export function resolverFor(question: Question, t: Translate): Resolver {
  return (values) => {
    const read = readQuestionForm(question, values, t);
    if (read.ok) return { values: read.answers, errors: {} };
    return { values: {}, errors: { [question.id]: { type: "custom", message: read.message } } };
  };
}
