import { describe, expect, it } from "vitest";
import { tree } from "./load";
import { checkPictures } from "./check-pictures";
import type { Tree } from "./schema";

function problemsAfter(change: (t: Tree) => void): string[] {
  const copy = structuredClone(tree) as Tree;
  change(copy);
  return checkPictures(copy);
}

const choice = (t: Tree, kind: string) => {
  const question = t.questions.find((q) => q.type !== "number" && q.pictures === kind);
  if (!question || question.type === "number") throw new Error(`no ${kind} question`);
  return question;
};

describe("checkPictures", () => {
  it("accepts the real tree", () => {
    expect(checkPictures(tree)).toEqual([]);
  });

  it("names the option whose picture the components cannot draw", () => {
    const [problem] = problemsAfter((t) => (choice(t, "close-ups").options[0]!.picture = "freckles"));
    expect(problem).toMatch(/^question '\w+': option '\w+' shows unknown close-ups picture 'freckles'$/);
  });

  it("needs a picture for every option of a close-ups question", () => {
    const [problem] = problemsAfter((t) => delete choice(t, "close-ups").options[1]!.picture);
    expect(problem).toMatch(/option '\w+' needs a picture/);
  });

  it("gives each body-map region to one option, and every region to some option", () => {
    const problems = problemsAfter((t) => {
      const options = choice(t, "body-map").options;
      options[1]!.picture = options[0]!.picture;
    });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/shows '[\w-]+', which option '\w+' already shows/);
    expect(problems[1]).toMatch(/no option for body-map region '[\w-]+'/);
  });

  it("refuses a picture on a question that shows none", () => {
    const [problem] = problemsAfter((t) => {
      const plain = t.questions.find((q) => q.type !== "number" && !q.pictures);
      if (plain && plain.type !== "number") plain.options[0]!.picture = "rough-bumps";
    });
    expect(problem).toMatch(/has a picture but the question has no pictures/);
  });
});
