import { describe, expect, it } from "vitest";
import { fixtureTree } from "../testing/fixture-tree";
import { askedAgainOnRecheck, questionFor, safetyScreen, safetyScreens, warningSigns } from "./roles";

const tree = fixtureTree();

describe("roles (on the fixture tree)", () => {
  it("finds the question that plays each role", () => {
    expect(questionFor(tree, "careWeeks").id).toBe("weeks");
    expect(questionFor(tree, "homeCareProgress").id).toBe("trend");
    expect(safetyScreens(tree).map((q) => q.id)).toEqual(["sos", "caution"]);
    expect(warningSigns(tree).map((o) => o.id)).toEqual(["sign", "other_sign"]);
  });

  it("says which questions a re-check asks again", () => {
    expect(askedAgainOnRecheck(tree, "trend")).toBe(true);
    expect(askedAgainOnRecheck(tree, "colour")).toBe(false);
  });

  it("fails loudly for a tree that has not been checked", () => {
    const broken = structuredClone(tree);
    broken.roles.careWeeks = "missing";
    broken.roles.warningScreen = "weeks";
    expect(() => questionFor(broken, "careWeeks")).toThrow(
      "the tree names no question 'missing' for the role careWeeks",
    );
    expect(() => safetyScreen(broken, "warningScreen")).toThrow("the warningScreen 'weeks' must be a choice question");
  });
});
