"use client";

import type { ChoiceQuestion, Option } from "../lib/tree/schema";

type Props = {
  question: ChoiceQuestion;
  value: string | string[] | undefined;
  onChange: (value: string | string[]) => void;
};

export const optionInputId = (questionId: string, optionId: string) => `${questionId}-${optionId}`;

/** Radios for a single choice, checkboxes for a multi-choice; a "none" option clears the others and vice versa. */
export function ChoiceField({ question, value, onChange }: Props) {
  const multi = question.type === "multi";
  const selected = Array.isArray(value) ? value : value ? [value] : [];

  const toggle = (option: Option, checked: boolean) => {
    if (!multi) return onChange(option.id);
    if (!checked) return onChange(selected.filter((id) => id !== option.id));
    if (question.exclusiveNone && option.id === "none") return onChange(["none"]);
    return onChange([...selected.filter((id) => id !== "none"), option.id]);
  };

  return (
    <div className={multi ? "checkboxes" : "radios"}>
      {question.options.map((option) => {
        const inputId = optionInputId(question.id, option.id);
        const hintId = option.hint ? `${inputId}-hint` : undefined;
        return (
          <div key={option.id}>
            {multi && question.exclusiveNone && option.id === "none" && <p className="choice-divider">or</p>}
            <div className="choice">
              <input
                className="choice__input"
                id={inputId}
                name={question.id}
                type={multi ? "checkbox" : "radio"}
                value={option.id}
                checked={selected.includes(option.id)}
                onChange={(event) => toggle(option, event.target.checked)}
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
