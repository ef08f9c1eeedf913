import { describe, expect, it } from "vitest";
import { isAnswersShape } from "./answers";

describe("isAnswersShape", () => {
  it("accepts answers as the store writes them", () => {
    expect(isAnswersShape({})).toBe(true);
    expect(isAnswersShape({ emergency: ["none"], redness: "yes", care_weeks: 3 })).toBe(true);
  });

  it.each([
    ["nothing", null],
    ["a list", ["redness"]],
    ["text", "redness=yes"],
    ["an object answer", { redness: { yes: true } }],
    ["a list holding a number", { emergency: [1] }],
    ["a number that is not finite", { care_weeks: Number.POSITIVE_INFINITY }],
    ["a number that is not a number", { care_weeks: Number.NaN }],
    ["a list holding text and a number", { emergency: ["none", 1] }],
    ["a true or false answer", { redness: true }],
    ["a missing answer", { redness: null }],
  ])("rejects %s", (_, value) => {
    expect(isAnswersShape(value)).toBe(false);
  });
});
