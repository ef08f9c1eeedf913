import { describe, expect, it } from "vitest";
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

  it("offers at least four skin tones, and names each kind's pictures", () => {
    expect(skinTones.length).toBeGreaterThanOrEqual(4);
    expect(pictureNames["body-map"]).toBe(bodyRegions);
    expect(pictureNames["close-ups"]).toBe(closeUps);
  });
});
