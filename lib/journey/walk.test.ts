import { describe, expect, it } from "vitest";
import { fixtureTree } from "../testing/fixture-tree";
import { walk } from "./walk";

const tree = fixtureTree();
const pastSafety = { sos: ["none"], caution: ["none"] };

describe("walk (on the fixture tree)", () => {
  it("asks the first safety screen when nothing is answered", () => {
    const result = walk(tree, {});
    expect(result.status === "asking" && result.next.id).toBe("sos");
    expect(result.path).toEqual([]);
    expect(result.answers).toEqual({});
  });

  it("returns the next unanswered question on the current path", () => {
    const red = walk(tree, { ...pastSafety, colour: "red" });
    expect(red.status === "asking" && red.next.id).toBe("shape");
    expect(red.path).toEqual(["sos", "caution", "colour"]);
    const plain = walk(tree, { ...pastSafety, colour: "plain" });
    expect(plain.status === "asking" && plain.next.id).toBe("weeks");
  });

  it("stops at a safety screen with an outcome that is not assessed", () => {
    const result = walk(tree, { sos: ["sign"], caution: ["none"], colour: "red" });
    expect(result.status).toBe("done");
    expect(result.path).toEqual(["sos"]);
    expect(result.answers).toEqual({ sos: ["sign"] });
    expect(result.status === "done" && result.outcome).toMatchObject({
      urgency: "emergency",
      condition: "not_assessed",
      rule: "sos-signs",
      seeDermatologist: false,
      guidance: [],
      reasons: [{ question: "sos", text: "said sign" }],
    });
  });

  it("drops answers left on an abandoned branch", () => {
    const result = walk(tree, { ...pastSafety, colour: "plain", shape: "bumpy", weeks: 0, trend: "worse" });
    expect(result.status).toBe("done");
    expect(result.path).toEqual(["sos", "caution", "colour", "weeks"]);
    expect(result.answers).toEqual({ ...pastSafety, colour: "plain", weeks: 0 });
    expect(result.status === "done" && result.outcome.finding?.id).toBe("patch");
  });

  it("asks the follow-up only when the number calls for it", () => {
    const none = walk(tree, { ...pastSafety, colour: "plain", weeks: 0 });
    expect(none.status).toBe("done");
    const some = walk(tree, { ...pastSafety, colour: "plain", weeks: 1 });
    expect(some.status === "asking" && some.next.id).toBe("trend");
  });

  it.each([
    ["an unknown option", { colour: "blue" }, "colour", '"blue" is not one of its options'],
    ["a list for a single choice", { colour: ["red"] }, "colour", '["red"] must be one option'],
    [
      "none with another option",
      { caution: ["none", "sign"] },
      "caution",
      `["none","sign"] combines 'none' with other options`,
    ],
    ["an empty multi-choice", { caution: [] }, "caution", "[] must have at least one option"],
    ["a repeated option", { caution: ["sign", "sign"] }, "caution", '["sign","sign"] repeats an option'],
    [
      "an unknown option in a list",
      { caution: ["sign", "rash"] },
      "caution",
      `["sign","rash"] has an unknown option 'rash'`,
    ],
    ["text for a list", { caution: "none" }, "caution", '"none" must be a list of options'],
  ])("refuses %s, naming the question and value", (_name, answer, question, problem) => {
    const result = walk(tree, { ...pastSafety, ...answer });
    expect(result.status === "invalid" && result.error).toEqual({
      question,
      value: Object.values(answer)[0],
      message: `invalid answer for question '${question}': ${problem}`,
    });
    expect(result.path).not.toContain(question);
  });

  it.each([
    [11, "11 must be a whole number from 0 to 10"],
    [-1, "-1 must be a whole number from 0 to 10"],
    [2.5, "2.5 must be a whole number"],
    ["3", '"3" must be a whole number'],
  ])("refuses %s weeks", (value, message) => {
    const result = walk(tree, { ...pastSafety, colour: "plain", weeks: value });
    expect(result.status === "invalid" && result.error.message).toBe(`invalid answer for question 'weeks': ${message}`);
  });

  it("accepts the ends of a number's range", () => {
    expect(walk(tree, { ...pastSafety, colour: "plain", weeks: 0 }).status).toBe("done");
    expect(walk(tree, { ...pastSafety, colour: "plain", weeks: 10, trend: "better" }).status).toBe("done");
  });

  it("ignores an invalid answer to a question that is not on the path", () => {
    const result = walk(tree, { sos: ["sign"], caution: ["nonsense"] });
    expect(result.status === "done" && result.outcome.urgency).toBe("emergency");
  });

  it("ends the journey where an unchecked tree has no route that applies", () => {
    const dead = structuredClone(tree);
    const trend = dead.questions.find((q) => q.id === "trend");
    if (!trend) throw new Error("fixture has no trend question");
    trend.next = [{ when: { question: "trend", equals: "better" }, goto: "end" }];
    const result = walk(dead, { ...pastSafety, colour: "plain", weeks: 1, trend: "worse" });
    expect(result.status === "done" && result.path).toEqual(["sos", "caution", "colour", "weeks", "trend"]);
  });

  it("refuses to loop on a tree that routes back to a question already asked", () => {
    const looping = structuredClone(tree);
    const shape = looping.questions.find((q) => q.id === "shape");
    if (!shape) throw new Error("fixture has no shape question");
    shape.next = [{ goto: "colour" }];
    expect(() => walk(looping, { ...pastSafety, colour: "red", shape: "flat" })).toThrow(
      "the tree routes to a question already asked: 'colour'",
    );
    shape.next = [{ goto: "missing" }];
    expect(() => walk(looping, { ...pastSafety, colour: "red", shape: "flat" })).toThrow(
      "the tree routes to an unknown question: 'missing'",
    );
  });
});
