"use client";

import type { UseFormRegisterReturn } from "react-hook-form";
import { isCloseUp } from "../../lib/pictures/catalog";
import type { ChoiceQuestion } from "../../lib/tree/schema";
import { useT } from "../common/locale-context";
import { CloseUpDrawing } from "../common/pictures/close-up";

export const optionInputId = (questionId: string, optionId: string) => `${questionId}-${optionId}`;

/**
 * Radios for a single choice, checkboxes for a multi-choice, registered with the question's form. The form
 * applies the exclusive "none of these" (see QuestionForm); a divider sets it apart.
 */
export function ChoiceField({ question, field }: { question: ChoiceQuestion; field: UseFormRegisterReturn }) {
  const t = useT();
  const multi = question.type === "multi";
  const none = multi ? question.exclusiveNone : undefined;
  return (
    <div className={multi ? "checkboxes" : "radios"}>
      {question.options.map((option) => {
        const inputId = optionInputId(question.id, option.id);
        const hintId = option.hint ? `${inputId}-hint` : undefined;
        return (
          <div key={option.id}>
            {option.id === none && <p className="choice-divider">{t("question.or")}</p>}
            <div className="choice">
              <input
                className="choice__input"
                id={inputId}
                type={multi ? "checkbox" : "radio"}
                value={option.id}
                aria-describedby={hintId}
                {...field}
              />
              {question.pictures === "close-ups" && isCloseUp(option.picture) ? (
                <label className="choice__label choice__label--picture" htmlFor={inputId}>
                  <CloseUpDrawing name={option.picture} />
                  <span>{option.label}</span>
                </label>
              ) : (
                <label className="choice__label" htmlFor={inputId}>
                  {option.label}
                </label>
              )}
              {option.hint && (
                <div className="choice__hint hint" id={hintId}>
                  {option.hint}
                </div>
              )}
            </div>
          </div>
        );
      })}
    </div>
  );
}
