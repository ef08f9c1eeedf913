"use client";

import { useId } from "react";
import { isSkinTone, skinTones } from "../../../lib/pictures/catalog";
import { chooseSkinTone, useSkinTone } from "./skin-tone-store";
import { useT } from "../locale-context";

/** "Show pictures on skin like mine": the tone every drawing follows, for the rest of the journey. */
export function SkinTonePicker() {
  const tone = useSkinTone();
  const t = useT();
  const id = useId();
  return (
    <div className="skin-tone-picker">
      <label className="label" htmlFor={id}>
        {t("pictures.tonePicker")}
      </label>
      <select
        className="select"
        id={id}
        value={tone}
        onChange={(event) => {
          if (isSkinTone(event.target.value)) chooseSkinTone(event.target.value);
        }}
      >
        {skinTones.map((option) => (
          <option key={option.id} value={option.id}>
            {t(`pictures.tone.${option.id}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
