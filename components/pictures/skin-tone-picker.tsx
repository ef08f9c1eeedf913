"use client";

import { useId } from "react";
import { isSkinTone, skinTones } from "../../lib/pictures/catalog";
import { chooseSkinTone, useSkinTone } from "../browser-state/skin-tone-store";

/** "Show pictures on skin like mine": the tone every drawing follows, for the rest of the journey. */
export function SkinTonePicker() {
  const tone = useSkinTone();
  const id = useId();
  return (
    <div className="skin-tone-picker">
      <label className="label" htmlFor={id}>
        Show the pictures on skin like mine
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
            {option.label} skin
          </option>
        ))}
      </select>
    </div>
  );
}
