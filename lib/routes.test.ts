import { describe, expect, it } from "vitest";
import { pageHref, questionIdOf, routes } from "./routes";

describe("routes", () => {
  it("spells every page of the questionnaire", () => {
    expect(pageHref({ kind: "start" })).toBe("/");
    expect(pageHref({ kind: "question", id: "look" })).toBe("/questions/look/");
    expect(pageHref({ kind: "check-answers" })).toBe("/check-answers/");
    expect(pageHref({ kind: "result" })).toBe("/result/");
    expect(routes.question("look", true)).toBe("/questions/look/?change=1");
  });

  it("keeps the shared links in the form already given out", () => {
    expect(routes.handout("abc")).toBe("/handout#abc");
    expect(routes.recheck("abc")).toBe("/recheck/#abc");
  });

  it("reads the question id from a question page's address only", () => {
    expect(questionIdOf("/questions/redness/")).toBe("redness");
    expect(questionIdOf("/check-answers/")).toBeUndefined();
    expect(questionIdOf("/")).toBeUndefined();
  });
});
