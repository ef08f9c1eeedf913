import { describe, expect, it } from "vitest";
import { fixtureTree } from "../testing/fixture-tree";
import type { Answers } from "./answers";
import { evidenceFor, holds, matchFinding } from "./evaluate";
import { walk } from "./walk";

const tree = fixtureTree();
const safe = { sos: ["none"], caution: ["none"] };

function outcomeOf(answers: Answers) {
  const result = walk(tree, answers);
  if (result.status !== "done") throw new Error(`not finished: ${JSON.stringify(result)}`);
  return result.outcome;
}
const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

describe("the outcome (on the fixture tree)", () => {
  it("is self-care when no rule matches, with the finding's window and its care steps", () => {
    const outcome = outcomeOf({ ...safe, colour: "red", shape: "bumpy", weeks: 1, trend: "better" });
    expect({ ...outcome, finding: outcome.finding?.id, guidance: ids(outcome.guidance) }).toEqual({
      urgency: "self_care",
      condition: "keratosis_pilaris",
      finding: "bumps",
      seeDermatologist: false,
      rule: "self-care",
      explain: "home care",
      explainSources: [],
      action: expect.objectContaining({ sources: [] }),
      reasons: [{ question: "shape", text: "said bumpy" }],
      checkBackWeeks: 2,
      guidance: ["moisturise", "red-care"],
    });
  });

  it("flags a dermatologist for an appointment, gives care to follow meanwhile, and no window", () => {
    const outcome = outcomeOf({ ...safe, colour: "plain", weeks: 1, trend: "worse" });
    expect({ ...outcome, finding: outcome.finding?.id, guidance: ids(outcome.guidance) }).toEqual({
      urgency: "appointment",
      condition: "contact_dermatitis",
      finding: "patch",
      seeDermatologist: true,
      rule: "worse",
      explain: "worse",
      explainSources: [],
      action: expect.objectContaining({ sources: [] }),
      reasons: [
        { question: "colour", text: "said plain" },
        { question: "trend", text: "said worse" },
      ],
      checkBackWeeks: undefined,
      guidance: ["moisturise"],
    });
  });

  it("flags a dermatologist when a warning sign stops the journey, and not for an emergency", () => {
    expect(outcomeOf({ ...safe, caution: ["sign", "other_sign"] })).toEqual({
      urgency: "urgent",
      condition: "not_assessed",
      seeDermatologist: true,
      rule: "caution-signs",
      explain: "caution",
      explainSources: [],
      action: expect.objectContaining({ sources: [] }),
      reasons: [
        { question: "caution", text: "said sign" },
        { question: "caution", text: "said other_sign" },
      ],
      guidance: [],
    });
    expect(outcomeOf({ sos: ["sign"] })).toMatchObject({ urgency: "emergency", seeDermatologist: false, guidance: [] });
  });

  it("compares weeks of care with the finding's own window", () => {
    // bumps: two weeks; patch: three.
    expect(outcomeOf({ ...safe, colour: "red", shape: "bumpy", weeks: 2, trend: "better" })).toMatchObject({
      urgency: "appointment",
      rule: "long-care",
      reasons: [
        { question: "shape", text: "said bumpy" },
        { question: "weeks", text: "2 weeks of care" },
      ],
    });
    expect(outcomeOf({ ...safe, colour: "red", shape: "flat", weeks: 2, trend: "better" }).urgency).toBe("self_care");
    expect(outcomeOf({ ...safe, colour: "red", shape: "flat", weeks: 3, trend: "better" }).urgency).toBe("appointment");
  });

  it("gives a self-care outcome no window when its finding has none", () => {
    const noWindow = structuredClone(tree);
    const patch = noWindow.findings.find((f) => f.id === "patch");
    if (!patch) throw new Error("fixture has no patch finding");
    delete patch.checkBack;
    const result = walk(noWindow, { ...safe, colour: "plain", weeks: 5, trend: "better" });
    expect(result.status === "done" && result.outcome).toMatchObject({
      urgency: "self_care",
      checkBackWeeks: undefined,
    });
  });

  it("fails loudly, never guessing, when a tree leaves a journey with no finding", () => {
    const noFinding = structuredClone(tree);
    noFinding.findings = noFinding.findings.filter((f) => f.id !== "patch");
    expect(() => walk(noFinding, { ...safe, colour: "plain", weeks: 0 })).toThrow(
      "no finding matches the answers on path sos → caution → colour → weeks",
    );
  });
});

describe("evaluating a predicate (on the fixture tree)", () => {
  const context = (answers: Answers) => ({ tree, answers });
  const red = context({ ...safe, colour: "red", shape: "flat", weeks: 4 });

  it("gives the answers that made it true", () => {
    expect(evidenceFor({ question: "colour", equals: "red" }, red)).toEqual([{ question: "colour", option: "red" }]);
    expect(evidenceFor({ question: "sos", includes: "none" }, red)).toEqual([{ question: "sos", option: "none" }]);
    expect(evidenceFor({ question: "weeks", atLeast: 4 }, red)).toEqual([{ question: "weeks", value: 4 }]);
    expect(evidenceFor({ question: "weeks", atLeast: 5 }, red)).toBeNull();
  });

  it("combines evidence with all and any, and gives none for not", () => {
    const all = {
      all: [
        { question: "colour", equals: "red" },
        { question: "shape", equals: "flat" },
      ],
    };
    expect(evidenceFor(all, red)).toEqual([
      { question: "colour", option: "red" },
      { question: "shape", option: "flat" },
    ]);
    expect(evidenceFor({ all: [...all.all, { question: "shape", equals: "bumpy" }] }, red)).toBeNull();
    const any = {
      any: [
        { question: "shape", equals: "bumpy" },
        { question: "colour", equals: "red" },
      ],
    };
    expect(evidenceFor(any, red)).toEqual([{ question: "colour", option: "red" }]);
    expect(evidenceFor({ any: [{ question: "shape", equals: "bumpy" }] }, red)).toBeNull();
    expect(evidenceFor({ not: { question: "shape", equals: "bumpy" } }, red)).toEqual([]);
    expect(evidenceFor({ not: { question: "shape", equals: "flat" } }, red)).toBeNull();
  });

  it("treats an unanswered question, or an answer of the wrong kind, as false", () => {
    const partial = context({ ...safe, colour: "red" });
    expect(holds({ question: "shape", equals: "flat" }, partial)).toBe(false);
    expect(holds({ not: { question: "shape", equals: "flat" } }, partial)).toBe(true);
    expect(holds({ question: "weeks", atLeast: 0 }, partial)).toBe(false);
    expect(holds({ question: "colour", includes: "red" }, partial)).toBe(false);
    expect(holds({ question: "colour", atLeast: 0 }, partial)).toBe(false);
  });

  it("reads findings and rules by id, and the check-back window from the finding", () => {
    expect(evidenceFor({ finding: "patch" }, red)).toEqual([{ question: "shape", option: "flat" }]);
    expect(evidenceFor({ finding: "bumps" }, red)).toBeNull();
    expect(evidenceFor({ rule: "long-care" }, red)).toEqual([{ question: "weeks", value: 4 }]);
    expect(evidenceFor({ rule: "no-such-rule" }, red)).toBeNull();
    expect(
      holds({ question: "weeks", atLeast: "check-back" }, context({ ...safe, colour: "red", shape: "flat", weeks: 2 })),
    ).toBe(false);
    expect(holds({ question: "weeks", atLeast: "check-back" }, context({ ...safe, weeks: 9 }))).toBe(false);
    expect(matchFinding(context({ ...safe }))).toBeUndefined();
    expect(evidenceFor({ finding: "patch" }, context({ ...safe }))).toBeNull();
    expect(holds({ question: "weeks", atLeast: 1 }, context({ ...safe, weeks: "3" }))).toBe(false);
    const noWindow = structuredClone(tree);
    for (const finding of noWindow.findings) delete finding.checkBack;
    const longCare = { tree: noWindow, answers: { ...safe, colour: "plain", weeks: 10 } };
    expect(holds({ question: "weeks", atLeast: "check-back" }, longCare)).toBe(false);
  });
});
