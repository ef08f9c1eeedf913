"use client";

import { useEffect, useState, type ChangeEvent, type RefObject } from "react";
import { useForm, type Resolver as FormResolver } from "react-hook-form";
import { questionFormSchema, toFieldValue } from "../../lib/forms/question-schema";
import { toggleOption, type FieldValue } from "../../lib/journey/answer-rule";
import type { AnswerValue } from "../../lib/journey/answers";
import type { Question, Source } from "../../lib/tree/schema";
import { SourceList } from "../common/source-list";
import { ChoiceField, optionInputId } from "./choice-field";
import { ErrorSummary } from "./error-summary";

type Props = {
  question: Question;
  /** The sources the question cites. */
  sources: readonly Source[];
  initial: AnswerValue | undefined;
  heading: RefObject<HTMLHeadingElement | null>;
  onAnswer: (value: AnswerValue) => void;
  /** Extra guidance shown under the hint, such as a value worked out for the person. */
  note?: string | false | null;
};

type Values = Record<string, FieldValue | undefined>;

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

function lazyResolverFor(question: Question): Resolver {
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

/** One question page's form: validated on Continue only, with a GOV.UK error summary, keeping what was entered. */
export function QuestionForm({ question, sources, initial, heading, onAnswer, note }: Props) {
  const resolver = lazyResolverFor(question);
  const { getValues, handleSubmit, formState, register, setValue } = useForm<
    Values,
    unknown,
    Record<string, AnswerValue>
  >({
    resolver,
    defaultValues: { [question.id]: toFieldValue(question, initial) },
    mode: "onSubmit",
    shouldFocusError: false, // the error summary takes focus, as GOV.UK does
    reValidateMode: "onSubmit",
  });
  const [attempt, setAttempt] = useState(0);
  const message = formState.errors[question.id]?.message;
  const errorId = `${question.id}-error`;
  const hintId = `${question.id}-hint`;
  const describedBy = [question.hint ? hintId : undefined, message ? errorId : undefined].filter(Boolean).join(" ");
  // Checkboxes and radios are the browser's own, registered by name; a multi-choice applies the exclusive
  // "none of these" after each tick, through the answer rule.
  const choice = register(question.id, {
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      if (question.type !== "multi") return;
      const ticked = getValues(question.id);
      const { value, checked } = event.target;
      setValue(question.id, toggleOption(question, Array.isArray(ticked) ? ticked : [], value, checked));
    },
  });
  const firstInputId =
    question.type === "number" ? question.id : optionInputId(question.id, question.options[0]?.id ?? "");

  useEffect(() => {
    const title = document.title.replace(/^Error: /, "");
    const wanted = message ? `Error: ${title}` : title;
    if (document.title !== wanted) document.title = wanted;
  }, [message, attempt]);

  const hint = question.hint && (
    <div className="hint" id={hintId}>
      {question.hint}
    </div>
  );
  const error = message && (
    <p className="error-message" id={errorId}>
      <span className="visually-hidden">Error:</span> {message}
    </p>
  );

  return (
    <form
      noValidate
      onSubmit={handleSubmit(
        (data) => {
          const value = data[question.id];
          if (value !== undefined) onAnswer(value);
        },
        () => setAttempt((n) => n + 1),
      )}
    >
      <ErrorSummary errors={message ? [{ href: `#${firstInputId}`, message }] : []} attempt={attempt} />
      <div className={`form-group${message ? " form-group--error" : ""}`}>
        {question.type === "number" ? (
          <>
            <h1 className="heading-l question-heading" ref={heading} tabIndex={-1}>
              <label htmlFor={question.id}>{question.title}</label>
            </h1>
            {hint}
            {note && <p className="inset-text">{note}</p>}
            {error}
            <div className="input-suffix">
              <input
                className={`input input--width-3${message ? " input--error" : ""}`}
                id={question.id}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                spellCheck={false}
                aria-describedby={describedBy || undefined}
                aria-invalid={message ? true : undefined}
                {...choice}
              />
              <span className="input-suffix__unit" aria-hidden="true">
                {question.unit}
              </span>
            </div>
          </>
        ) : (
          <fieldset className="fieldset" aria-describedby={describedBy || undefined}>
            <legend className="fieldset__legend">
              <h1 className="heading-l question-heading" ref={heading} tabIndex={-1}>
                {question.title}
              </h1>
            </legend>
            {hint}
            {error}
            <ChoiceField question={question} field={choice} />
          </fieldset>
        )}
      </div>
      {question.sources && (
        <SourceList ids={question.sources} catalogue={sources} label="Where these signs come from" />
      )}
      <button type="submit" className="button" data-prevent-double-click="true">
        Continue
      </button>
    </form>
  );
}
