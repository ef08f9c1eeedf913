import { describe, expect, it } from "vitest";
import { fixtureTree } from "../testing/fixture-tree";
import type { Question } from "../tree/schema";
import { answerFromField, checkAnswer, realOptions, toggleOption } from "./answer-rule";

const tree = fixtureTree();
function question<T extends Question["type"]>(id: string, type: T): Extract<Question, { type: T }> {
  const found = tree.questions.find((q): q is Extract<Question, { type: T }> => q.id === id && q.type === type);
  if (!found) throw new Error(`no ${type} question ${id}`);
  return found;
}
const caution = question("caution", "multi");
const colour = question("colour", "single");
const weeks = question("weeks", "number");

describe("the answer rule (on the fixture tree)", () => {
  it("accepts a valid answer and gives it back", () => {
    expect(checkAnswer(colour, "red")).toEqual({ ok: true, value: "red" });
    expect(checkAnswer(caution, ["sign", "other_sign"])).toEqual({ ok: true, value: ["sign", "other_sign"] });
    expect(checkAnswer(caution, ["none"])).toEqual({ ok: true, value: ["none"] });
    expect(checkAnswer(weeks, 0)).toEqual({ ok: true, value: 0 });
    expect(checkAnswer(weeks, 10)).toEqual({ ok: true, value: 10 });
  });

  it("says what to fix in the person's words, and what is wrong in a developer's", () => {
    expect(checkAnswer(colour, undefined)).toEqual({
      ok: false,
      problem: { person: { say: "error" }, developer: "must be one option" },
    });
    expect(checkAnswer(caution, ["none", "sign"])).toEqual({
      ok: false,
      problem: {
        person: { say: "onItsOwn", values: { label: "Label none" } },
        developer: "combines 'none' with other options",
      },
    });
    expect(checkAnswer(caution, [])).toEqual({
      ok: false,
      problem: { person: { say: "error" }, developer: "must have at least one option" },
    });
    expect(checkAnswer(weeks, 11)).toEqual({
      ok: false,
      problem: {
        person: { say: "atMost", values: { unit: "weeks", max: 10 } },
        developer: "must be a whole number from 0 to 10",
      },
    });
    expect(checkAnswer(weeks, -1)).toEqual({
      ok: false,
      problem: {
        person: { say: "atLeast", values: { unit: "weeks", min: 0 } },
        developer: "must be a whole number from 0 to 10",
      },
    });
  });

  it("reads typed numbers, and explains text that is not one", () => {
    expect(answerFromField(weeks, " 4 ")).toEqual({ ok: true, value: 4 });
    expect(answerFromField(weeks, "")).toMatchObject({ ok: false, problem: { person: { say: "error" } } });
    expect(answerFromField(weeks, undefined)).toMatchObject({ ok: false, problem: { person: { say: "error" } } });
    expect(answerFromField(weeks, "four")).toMatchObject({
      ok: false,
      problem: { person: { say: "asNumber", values: { unit: "weeks" } } },
    });
    expect(answerFromField(weeks, "2.5")).toMatchObject({
      ok: false,
      problem: { person: { say: "wholeNumber", values: { unit: "weeks" } } },
    });
    expect(answerFromField(colour, "plain")).toEqual({ ok: true, value: "plain" });
    expect(answerFromField(weeks, "")).toMatchObject({ problem: { developer: "is empty" } });
    for (const text of ["3x", "x3", "3.", ".5", "--3", "3 4"]) {
      expect(answerFromField(weeks, text)).toEqual({
        ok: false,
        problem: { person: { say: "asNumber", values: { unit: "weeks" } }, developer: "is not a number" },
      });
    }
    expect(answerFromField(weeks, "2.25")).toMatchObject({ problem: { developer: "must be a whole number" } });
  });

  it("refuses answers of the wrong kind, naming the problem", () => {
    expect(checkAnswer(colour, "blue")).toMatchObject({ problem: { developer: "is not one of its options" } });
    expect(checkAnswer(caution, "sign")).toMatchObject({ problem: { developer: "must be a list of options" } });
    expect(checkAnswer(caution, ["sign", 3])).toMatchObject({ problem: { developer: "has an unknown option '3'" } });
    expect(checkAnswer(caution, ["sign", "sign"])).toMatchObject({ problem: { developer: "repeats an option" } });
    expect(checkAnswer(weeks, "3")).toMatchObject({ problem: { developer: "must be a whole number" } });
    expect(checkAnswer(weeks, 2.5)).toMatchObject({ problem: { developer: "must be a whole number" } });
    const noNone = { ...caution, exclusiveNone: undefined };
    expect(checkAnswer(noNone, ["none", "sign"])).toEqual({ ok: true, value: ["none", "sign"] });
  });

  it("ticking 'none' clears the other boxes, and ticking another clears 'none'", () => {
    expect(toggleOption(caution, ["sign", "other_sign"], "none", true)).toEqual(["none"]);
    expect(toggleOption(caution, ["none"], "sign", true)).toEqual(["sign"]);
    expect(toggleOption(caution, ["sign"], "other_sign", true)).toEqual(["sign", "other_sign"]);
    expect(toggleOption(caution, ["sign", "other_sign"], "sign", false)).toEqual(["other_sign"]);
    expect(toggleOption(caution, ["sign"], "sign", true)).toEqual(["sign"]);
  });

  it("lists the real options without the exclusive 'none'", () => {
    expect(realOptions(caution).map((o) => o.id)).toEqual(["sign", "other_sign"]);
    expect(realOptions(colour).map((o) => o.id)).toEqual(["red", "plain"]);
  });
});
