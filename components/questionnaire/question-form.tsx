"use client";

import { useEffect, useState, type ChangeEvent, type RefObject } from "react";
import { useForm } from "react-hook-form";
import { toFieldValue } from "../../lib/forms/question-form";
import { toggleOption } from "../../lib/journey/answer-rule";
import type { AnswerValue } from "../../lib/journey/answers";
import type { Question, Source } from "../../lib/tree/schema";
import { useT } from "../common/locale-context";
import { SourceList } from "../common/source-list";
import { ChoiceField, optionInputId } from "./choice-field";
import { ErrorSummary } from "./error-summary";
import { resolverFor, type Values } from "./form-resolvers";
import { WhereOnTheBody } from "./where-on-the-body";
import { titleWithError, useErrorMark } from "./questionnaire-address";
import { SkinTonePicker } from "../common/pictures/skin-tone-picker";
import { ToneScope } from "../common/pictures/tone-scope";

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

/** One question page's form: validated on Continue only, with a GOV.UK error summary, keeping what was entered. */
export function QuestionForm({ question, sources, initial, heading, onAnswer, note }: Props) {
  const t = useT();
  const errorMark = useErrorMark();
  const resolver = resolverFor(question, t);
  const { control, getValues, handleSubmit, formState, register, setValue } = useForm<
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
    const wanted = titleWithError(document.title, Boolean(message), errorMark);
    if (document.title !== wanted) document.title = wanted;
  }, [message, attempt, errorMark]);

  const hint = question.hint && (
    <div className="hint" id={hintId}>
      {question.hint}
    </div>
  );
  const noteLine = note && <p className="inset-text">{note}</p>;
  const error = message && (
    <p className="error-message" id={errorId}>
      <span className="visually-hidden">{t("common.error")}</span> {message}
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
            {noteLine}
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
            {noteLine}
            {question.pictures === "close-ups" && <SkinTonePicker />}
            {error}
            {question.pictures === "body-map" ? (
              <ToneScope className="with-body-map">
                <WhereOnTheBody question={question} control={control} />
                <ChoiceField question={question} field={choice} />
              </ToneScope>
            ) : question.pictures === "close-ups" ? (
              <ToneScope>
                <ChoiceField question={question} field={choice} />
              </ToneScope>
            ) : (
              <ChoiceField question={question} field={choice} />
            )}
          </fieldset>
        )}
      </div>
      {question.sources && <SourceList ids={question.sources} catalogue={sources} label={t("question.signsSources")} />}
      <button type="submit" className="button" data-prevent-double-click="true">
        {t("common.continue")}
      </button>
    </form>
  );
}
