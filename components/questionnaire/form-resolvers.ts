import type { Resolver as FormResolver } from "react-hook-form";
import { questionFormSchema } from "../../lib/forms/question-schema";
import type { FieldValue } from "../../lib/journey/answer-rule";
import type { AnswerValue } from "../../lib/journey/answers";
import type { Question } from "../../lib/tree/schema";

export type Values = Record<string, FieldValue | undefined>;

type Resolver = FormResolver<Values, unknown, Record<string, AnswerValue>>;

/**
 * The form's resolver: the question's zod schema, its first message per field. Written here rather than
 * taken from @hookform/resolvers, whose zod adapter added 1 KB to every question page for features this
 * one-field form never uses (zod 3 support, nested errors, native validation).
 */
function schemaResolver(question: Question): Resolver {
  const schema = questionFormSchema(question);
  return (values) => {
    const result = schema.safeParse(values);
    if (result.success) return { values: result.data, errors: {} };
    const issue = result.error.issues[0];
    return { values: {}, errors: { [question.id]: { type: issue?.code ?? "custom", message: issue?.message } } };
  };
}

// A zod schema is quick to run but slow to build (several milliseconds on a slow phone), so each question's
// is built once: ahead of time when the browser is idle (see warmQuestionForms), or at the latest on the
// first Continue, never while the page hydrates.
const resolvers = new WeakMap<Question, Resolver>();

function resolverFor(question: Question): Resolver {
  let resolver = resolvers.get(question);
  if (!resolver) resolvers.set(question, (resolver = schemaResolver(question)));
  return resolver;
}

const lazyResolvers = new WeakMap<Question, Resolver>();

export function lazyResolverFor(question: Question): Resolver {
  let resolver = lazyResolvers.get(question);
  if (!resolver) lazyResolvers.set(question, (resolver = (...args) => resolverFor(question)(...args)));
  return resolver;
}

/**
 * Builds the form schemas after hydration, never during it: the first question's (this page's) in a task of
 * its own straight away, so the first Continue does not wait for it, and the others while the browser is
 * idle, one at a time, so no task is long. Returns a function that stops the work.
 */
export function warmQuestionForms([first, ...others]: readonly Question[]): () => void {
  let idle = 0;
  const buildOthers = (deadline?: IdleDeadline) => {
    while (others.length > 0) {
      resolverFor(others.shift()!);
      if (deadline && deadline.timeRemaining() <= 0) break;
    }
    if (others.length > 0) idle = window.requestIdleCallback(buildOthers);
  };
  const timeout = window.setTimeout(() => {
    if (first) resolverFor(first);
    if (typeof window.requestIdleCallback === "function") idle = window.requestIdleCallback(buildOthers);
    else buildOthers();
  }, 0);
  return () => {
    window.clearTimeout(timeout);
    if (idle) window.cancelIdleCallback(idle);
  };
}
