"use client";

import { toggleOption } from "../../lib/journey/answer-rule";
import type { ChoiceQuestion } from "../../lib/tree/schema";

type Props = {
  question: ChoiceQuestion;
  value: string | string[] | undefined;
  onChange: (value: string | string[]) => void;
};

export const optionInputId = (questionId: string, optionId: string) => `${questionId}-${optionId}`;

/** Radios for a single choice, checkboxes for a multi-choice; "none of these" clears the other boxes and vice versa. */
export function ChoiceField({ question, value, onChange }: Props) {
  const multi = question.type === "multi";
  const none = multi ? question.exclusiveNone : undefined;
  const selected = Array.isArray(value) ? value : value ? [value] : [];

  const toggle = (optionId: string, checked: boolean) =>
    onChange(question.type === "multi" ? toggleOption(question, selected, optionId, checked) : optionId);

  return (
    <div className={multi ? "checkboxes" : "radios"}>
      {question.options.map((option) => {
        const inputId = optionInputId(question.id, option.id);
        const hintId = option.hint ? `${inputId}-hint` : undefined;
        return (
          <div key={option.id}>
            {option.id === none && <p className="choice-divider">or</p>}
            <div className="choice">
              <input
                className="choice__input"
                id={inputId}
                name={question.id}
                type={multi ? "checkbox" : "radio"}
                value={option.id}
                checked={selected.includes(option.id)}
                onChange={(event) => toggle(option.id, event.target.checked)}
                aria-describedby={hintId}
              />
              <label className="choice__label" htmlFor={inputId}>
                {option.label}
              </label>
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
