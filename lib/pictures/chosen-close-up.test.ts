import { describe, expect, it } from "vitest";
import { tree } from "../tree/load";
import { chosenCloseUp } from "./chosen-close-up";

const closeUpQuestions = tree.questions.filter((q) => q.type !== "number" && q.pictures === "close-ups");

describe("chosenCloseUp", () => {
  it("is the picture of the option chosen in a close-ups question", () => {
    expect(closeUpQuestions.length).toBeGreaterThan(0);
    for (const question of closeUpQuestions) {
      if (question.type === "number") continue;
      for (const option of question.options) {
        expect(chosenCloseUp(tree, { [question.id]: option.id })).toBe(option.picture);
      }
    }
  });

  it("looks only at close-ups questions, even if another option names a close-up", () => {
    const changed = structuredClone(tree);
    const plain = changed.questions.find((q) => q.type === "single" && !q.pictures);
    if (!plain || plain.type === "number") throw new Error("no plain question");
    plain.options[0]!.picture = "rough-bumps";
    expect(chosenCloseUp(changed, { [plain.id]: plain.options[0]!.id })).toBeUndefined();
  });

  it("is the look's picture, not the redness question's, when both were answered", () => {
    expect(chosenCloseUp(tree, { redness: "yes", look: "rash" })).toBe("rash-patch");
    expect(chosenCloseUp(tree, { redness: "no", non_red_look: "large_pores" })).toBe("large-pores");
  });

  it("is nothing when no look was chosen", () => {
    expect(chosenCloseUp(tree, {})).toBeUndefined();
    expect(chosenCloseUp(tree, { [tree.start]: ["none"] })).toBeUndefined();
  });
});
