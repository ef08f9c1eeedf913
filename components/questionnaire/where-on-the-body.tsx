"use client";

import { useWatch, type Control } from "react-hook-form";
import { isBodyRegion } from "../../lib/pictures/catalog";
import type { AnswerValue } from "../../lib/journey/answers";
import type { ChoiceQuestion } from "../../lib/tree/schema";
import { BodyMap } from "../common/pictures/body-map";
import { optionInputId } from "./choice-field";
import type { Values } from "./form-resolvers";

/**
 * The body map for a question whose options are body regions, kept in step with its checkboxes: a tap
 * clicks the option's own checkbox, so the form, the exclusive “none of these” and the answer rule see an ordinary
 * tick.
 */
export function WhereOnTheBody({
  question,
  control,
}: {
  question: ChoiceQuestion;
  control: Control<Values, unknown, Record<string, AnswerValue>>;
}) {
  const value = useWatch({ control, name: question.id });
  const selected = Array.isArray(value) ? value : [];
  const options = question.options.flatMap((option) =>
    isBodyRegion(option.picture) ? [{ id: option.id, region: option.picture }] : [],
  );
  return (
    <BodyMap
      options={options}
      selected={selected}
      onToggle={(optionId) => document.getElementById(optionInputId(question.id, optionId))?.click()}
    />
  );
}
