import { describe, expect, it } from "vitest";
import { tree } from "./load";
import { olderTreesIn } from "./published";
import { changedQuestions, changedSince, treeLogic, treeVersions, versionBytesOf } from "./versions";

const [v10] = olderTreesIn(tree, "en");
if (!v10 || v10.version !== "1.0") throw new Error("version 1.0 is not kept");

describe("tree versions", () => {
  it("finds each published version by its number, today's included", () => {
    const versions = treeVersions(tree, [v10]);
    expect(versions.today).toBe(tree);
    expect(Object.keys(versions.byVersion).sort()).toEqual(["1.0", tree.version]);
    expect(versions.byVersion["1.0"]).toBe(v10);
    expect(treeVersions(tree).byVersion).toEqual({ [tree.version]: tree });
  });

  it("writes a version as the two bytes a link carries", () => {
    expect(versionBytesOf("1.10")).toEqual([1, 10]);
    expect(versionBytesOf("2.0")).toEqual([2, 0]);
  });

  it("sees no change between a tree and itself, or a change of words only", () => {
    expect(changedQuestions(tree, tree)).toEqual([]);
    const reworded = structuredClone(tree);
    for (const question of reworded.questions) question.title = "Reworded";
    expect(changedQuestions(tree, reworded)).toEqual([]);
    expect(treeLogic(reworded)).toEqual(treeLogic(tree));
    const otherCare = structuredClone(tree);
    otherCare.guidance[0]?.for.pop();
    expect(treeLogic(otherCare)).not.toEqual(treeLogic(tree));
  });

  it("names the questions changed since 1.0: new options, new routes, and every route that asks a changed rule", () => {
    expect(changedSince(tree, [v10])).toEqual({
      "1.0": [
        "emergency",
        "warning",
        "non_red_look",
        "look",
        "onset",
        "age",
        "risk",
        "where",
        "feel",
        "triggers",
        "progress",
      ],
    });
  });

  it("counts a changed rule as a change to every question whose routes ask a rule or a finding, and no other", () => {
    const stricter = structuredClone(tree);
    const rule = stricter.rules.find((r) => r.id === "impact");
    if (!rule) throw new Error("no impact rule");
    rule.urgency = "urgent";
    expect(changedQuestions(tree, stricter)).toEqual([
      "emergency",
      "warning",
      "onset",
      "age",
      "risk",
      "where",
      "feel",
      "triggers",
      "progress",
    ]);
  });

  it("counts a question added, or a changed number range, as changed", () => {
    const wider = structuredClone(tree);
    const weeks = wider.questions.find((q) => q.id === "care_weeks");
    if (weeks?.type !== "number") throw new Error("no weeks question");
    weeks.max = 200;
    expect(changedQuestions(tree, wider)).toEqual(["care_weeks"]);
    const fewer = structuredClone(tree);
    fewer.questions = fewer.questions.filter((q) => q.id !== "impact");
    expect(changedQuestions(fewer, tree)).toEqual(["impact"]);
  });
});
