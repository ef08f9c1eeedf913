import { describe, expect, it } from "vitest";
import { fixtureTree } from "../testing/fixture-tree";
import type { Answers } from "./answers";
import { currentPage, pageAfter, previousQuestion, questionNumber, redirectFor } from "./navigation";
import { walk } from "./walk";

const tree = fixtureTree();
const at = (answers: Answers) => walk(tree, answers);
const safe = { sos: ["none"], caution: ["none"] };
const done = { ...safe, colour: "red", shape: "bumpy", weeks: 1, trend: "better" };
const question = (id: string) => ({ kind: "question", id }) as const;

describe("navigation (on the fixture tree)", () => {
  it("goes from a safety sign straight to the result", () => {
    expect(pageAfter(at({ sos: ["sign"] }), "sos", false)).toEqual({ kind: "result" });
    expect(pageAfter(at({ ...safe, caution: ["other_sign"] }), "caution", true)).toEqual({ kind: "result" });
    expect(currentPage(at({ sos: ["sign"] }))).toEqual({ kind: "result" });
  });

  it("goes to check answers when an assessed journey is complete", () => {
    expect(pageAfter(at(done), "trend", false)).toEqual({ kind: "check-answers" });
    expect(currentPage(at(done))).toEqual({ kind: "check-answers" });
  });

  it("goes to the next question, or back to an invalid answer", () => {
    expect(pageAfter(at(safe), "caution", false)).toEqual(question("colour"));
    expect(currentPage(at({ ...safe, colour: "blue" }))).toEqual(question("colour"));
  });

  it("after going back, Continue shows the next question on the path rather than jumping ahead", () => {
    expect(pageAfter(at(done), "colour", false)).toEqual(question("shape"));
  });

  it("when changing an answer, returns to check answers unless the change opened new questions", () => {
    expect(pageAfter(at(done), "shape", true)).toEqual({ kind: "check-answers" });
    expect(pageAfter(at({ ...done, weeks: 0 }), "weeks", true)).toEqual({ kind: "check-answers" });
    expect(pageAfter(at({ ...safe, colour: "plain", weeks: 0 }), "weeks", true)).toEqual({ kind: "check-answers" });
    const reopened = { ...safe, colour: "plain", weeks: 2 };
    expect(pageAfter(at(reopened), "weeks", true)).toEqual(question("trend"));
  });

  it("lets a question be shown when it is on the path or next; otherwise sends the person on", () => {
    expect(redirectFor(at(safe), question("colour"))).toBeUndefined();
    expect(redirectFor(at(safe), question("caution"))).toBeUndefined();
    expect(redirectFor(at(safe), question("shape"))).toEqual(question("colour"));
    expect(redirectFor(at({ ...safe, colour: "blue" }), question("colour"))).toBeUndefined();
    expect(redirectFor(at({ ...safe, colour: "blue" }), question("weeks"))).toEqual(question("colour"));
    expect(redirectFor(at(done), question("shape"))).toBeUndefined();
    expect(redirectFor(at({ ...done, colour: "plain" }), question("shape"))).toEqual({ kind: "check-answers" });
  });

  it("shows check answers and the result only for a finished journey", () => {
    expect(redirectFor(at(done), { kind: "check-answers" })).toBeUndefined();
    expect(redirectFor(at(done), { kind: "result" })).toBeUndefined();
    expect(redirectFor(at(safe), { kind: "check-answers" })).toEqual(question("colour"));
    expect(redirectFor(at(safe), { kind: "result" })).toEqual(question("colour"));
    expect(redirectFor(at({}), { kind: "check-answers" })).toEqual(question("sos"));
    expect(redirectFor(at({}), { kind: "result" })).toEqual({ kind: "start" });
    expect(redirectFor(at({ sos: ["none", "sign"] }), { kind: "result" })).toEqual(question("sos"));
    expect(redirectFor(at({}), { kind: "start" })).toBeUndefined();
  });

  it("numbers questions by their place on the path, and finds the one before", () => {
    expect(questionNumber(at(done), "shape")).toBe(4);
    expect(questionNumber(at(safe), "colour")).toBe(3);
    expect(questionNumber(at({}), "sos")).toBe(1);
    expect(previousQuestion(at(done), "shape")).toBe("colour");
    expect(previousQuestion(at(safe), "colour")).toBe("caution");
    expect(previousQuestion(at({}), "sos")).toBeUndefined();
  });
});
