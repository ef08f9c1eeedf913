import { describe, expect, it } from "vitest";
import { tree } from "../tree/load";
import { bodyRegions, closeUps, isBodyRegion, isCloseUp, isSkinTone, pictureNames, skinTones } from "./catalog";

describe("the picture catalog", () => {
  it("tells its own names from anything else", () => {
    expect(bodyRegions.every(isBodyRegion)).toBe(true);
    expect(closeUps.every(isCloseUp)).toBe(true);
    expect(skinTones.every((tone) => isSkinTone(tone.id))).toBe(true);
    for (const other of ["", "knees", undefined, 3, "Light"]) {
      expect(isBodyRegion(other)).toBe(false);
      expect(isCloseUp(other)).toBe(false);
      expect(isSkinTone(other)).toBe(false);
    }
    expect(isBodyRegion(closeUps[0])).toBe(false);
    expect(isCloseUp(bodyRegions[0])).toBe(false);
  });

  it("offers at least four skin tones", () => {
    expect(skinTones.length).toBeGreaterThanOrEqual(4);
  });

  it("has a drawing for every picture the tree's options name, of their question's kind", () => {
    const named = tree.questions.flatMap((question) => {
      const kind = question.type !== "number" ? question.pictures : undefined;
      if (question.type === "number" || !kind) return [];
      return question.options.flatMap((option) => (option.picture ? [[kind, option.picture] as const] : []));
    });
    expect(named.length).toBeGreaterThan(10);
    const missing = named.filter(([kind, picture]) => !(pictureNames[kind] as readonly string[]).includes(picture));
    expect(missing).toEqual([]);
  });
});
