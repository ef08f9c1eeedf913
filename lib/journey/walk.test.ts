import { describe, expect, it } from "vitest";
import { tree } from "../tree/load";
import { walk } from "./walk";

const pastSafety = { emergency: ["none"], warning: ["none"] };

describe("walk", () => {
  it("asks the emergency screen first when nothing is answered", () => {
    const result = walk(tree, {});
    expect(result.status).toBe("asking");
    expect(result.status === "asking" && result.next.id).toBe("emergency");
    expect(result.path).toEqual([]);
  });

  it("returns the next unanswered question on the current path", () => {
    const result = walk(tree, { ...pastSafety, redness: "no" });
    expect(result.status === "asking" && result.next.id).toBe("non_red_look");
    expect(result.path).toEqual(["emergency", "warning", "redness"]);
  });

  it("drops answers left on an abandoned branch", () => {
    const result = walk(tree, {
      ...pastSafety,
      redness: "no",
      look: "pimples",
      risk: ["diabetes"],
      non_red_look: "large_pores",
      onset: "years",
      age: "18_to_64",
      care_weeks: 0,
      impact: ["none"],
    });
    expect(result.status).toBe("done");
    expect(Object.keys(result.answers)).not.toContain("look");
    expect(Object.keys(result.answers)).not.toContain("risk");
    expect(result.status === "done" && result.outcome.condition).toBe("enlarged_pores");
  });

  it("skips progress when there has been no home care yet", () => {
    const result = walk(tree, {
      ...pastSafety,
      redness: "yes",
      look: "prickly",
      onset: "days",
      care_weeks: 0,
      progress: "worse",
    });
    expect(result.status === "asking" && result.next.id).toBe("impact");
    expect(result.path).not.toContain("progress");
  });

  it.each([
    [
      "an unknown option",
      { redness: "maybe" },
      "invalid answer for question 'redness': \"maybe\" is not one of its options",
    ],
    [
      "none with another option",
      { warning: ["none", "fever"] },
      "invalid answer for question 'warning': [\"none\",\"fever\"] combines 'none' with other options",
    ],
    [
      "an empty multi-choice",
      { warning: [] },
      "invalid answer for question 'warning': [] must have at least one option",
    ],
    [
      "a list for a single choice",
      { redness: ["yes"] },
      "invalid answer for question 'redness': [\"yes\"] must be one option",
    ],
  ])("refuses %s, naming the question and value", (_name, answer, message) => {
    const result = walk(tree, { emergency: ["none"], warning: ["none"], ...answer });
    expect(result.status).toBe("invalid");
    expect(result.status === "invalid" && result.error.message).toBe(message);
  });

  it.each([
    [105, "105 must be a whole number from 0 to 104"],
    [-1, "-1 must be a whole number from 0 to 104"],
    [3.5, "3.5 must be a whole number"],
    ["3", '"3" must be a whole number'],
  ])("refuses %s weeks of care", (value, message) => {
    const result = walk(tree, { ...pastSafety, redness: "yes", look: "prickly", onset: "days", care_weeks: value });
    expect(result.status === "invalid" && result.error).toEqual({
      question: "care_weeks",
      value,
      message: `invalid answer for question 'care_weeks': ${message}`,
    });
  });

  it("ignores an invalid answer to a question that is not on the path", () => {
    const result = walk(tree, { emergency: ["breathing"], warning: ["nonsense"] });
    expect(result.status === "done" && result.outcome.urgency).toBe("emergency");
  });

  it("gives the reasons in the person's terms, in the order they were asked", () => {
    const result = walk(tree, {
      ...pastSafety,
      redness: "yes",
      look: "rash",
      onset: "days",
      where: ["hands_wrists"],
      feel: "itchy_night",
    });
    expect(result.status === "done" && result.outcome.reasons).toEqual([
      { question: "look", text: "an itchy or stinging red rash" },
      { question: "where", text: "hands, wrists or between the fingers" },
      { question: "feel", text: "very itchy, worst at night" },
    ]);
  });
});
