import { describe, expect, it } from "vitest";
import { tree } from "../tree/load";
import { currentPage, pageAfter, previousQuestion, questionNumber, redirectForQuestion } from "./navigation";

const base = { emergency: ["none"], warning: ["none"] };
const heatRash = { ...base, redness: "yes", look: "prickly", onset: "days", care_weeks: 0, impact: ["none"] };

describe("navigation", () => {
  it("goes from an emergency sign straight to the result", () => {
    expect(pageAfter(tree, { emergency: ["swelling"] }, "emergency", false)).toEqual({ kind: "result" });
    expect(pageAfter(tree, { ...base, warning: ["fever"] }, "warning", false)).toEqual({ kind: "result" });
  });

  it("goes to check answers when an assessed journey is complete", () => {
    expect(pageAfter(tree, heatRash, "impact", false)).toEqual({ kind: "check-answers" });
    expect(currentPage(tree, heatRash)).toEqual({ kind: "check-answers" });
  });

  it("after going back, Continue shows the next question on the path rather than jumping ahead", () => {
    expect(pageAfter(tree, heatRash, "redness", false)).toEqual({ kind: "question", id: "look" });
  });

  it("when changing an answer, returns to check answers unless the change opened new questions", () => {
    expect(pageAfter(tree, heatRash, "onset", true)).toEqual({ kind: "check-answers" });
    const changedToRash = { ...heatRash, look: "rash" };
    expect(pageAfter(tree, changedToRash, "look", true)).toEqual({ kind: "question", id: "where" });
  });

  it("sends a question that is not on the path to the next unanswered one", () => {
    expect(redirectForQuestion(tree, base, "look")).toEqual({ kind: "question", id: "redness" });
    expect(redirectForQuestion(tree, base, "redness")).toBeUndefined();
    expect(redirectForQuestion(tree, base, "warning")).toBeUndefined();
    expect(redirectForQuestion(tree, heatRash, "risk")).toEqual({ kind: "check-answers" });
  });

  it("numbers questions by their place on the path", () => {
    expect(questionNumber(tree, heatRash, "look")).toBe(4);
    expect(questionNumber(tree, base, "redness")).toBe(3);
    expect(previousQuestion(tree, heatRash, "look")).toBe("redness");
    expect(previousQuestion(tree, {}, "emergency")).toBeUndefined();
  });
});
