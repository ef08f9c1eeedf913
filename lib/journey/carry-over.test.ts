import { describe, expect, it } from "vitest";
import { tree } from "../tree/load";
import { carryOver } from "./carry-over";

// Answers kept in a tab from an older version of the tree, read for today's (SPEC.md section 7).
const asked = { emergency: ["none"], warning: ["none"], redness: "yes", look: "rough", onset: "years" };

describe("carryOver", () => {
  it("starts again from the first question when the version was never published", () => {
    expect(carryOver(tree, asked, undefined)).toEqual({ answers: {}, askAgainFrom: "emergency" });
  });

  it("keeps every answer on today's path when none of its questions changed, and drops the rest", () => {
    expect(carryOver(tree, { ...asked, non_red_look: "large_pores" }, [])).toEqual({ answers: asked });
    expect(carryOver(tree, asked, ["care_weeks", "non_red_look"])).toEqual({ answers: asked });
  });

  it("keeps the answers before the first changed question on the path, and asks again from there", () => {
    expect(carryOver(tree, asked, ["onset", "look"])).toEqual({
      answers: { emergency: ["none"], warning: ["none"], redness: "yes" },
      askAgainFrom: "look",
    });
    expect(carryOver(tree, asked, ["emergency"])).toEqual({ answers: {}, askAgainFrom: "emergency" });
  });

  it("asks again from an answer that no longer fits its question", () => {
    expect(carryOver(tree, { ...asked, look: "bumpy" }, [])).toEqual({
      answers: { emergency: ["none"], warning: ["none"], redness: "yes" },
      askAgainFrom: "look",
    });
  });
});
