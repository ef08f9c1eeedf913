import { describe, expect, it } from "vitest";
import { walk } from "../journey/walk";
import { loadCases } from "../testing/cases";
import { tree } from "../tree/load";
import { safetyScreen } from "../tree/roles";
import { careStepsAsShown } from "./care-order";
import { numberReferences, resultCitations } from "./result-references";

describe("numberReferences", () => {
  it("numbers each source once, in the order it is first cited", () => {
    const numbers = numberReferences([["B", "A"], [], ["A", "C"], ["B"]]);
    expect([...numbers]).toEqual([
      ["B", 1],
      ["A", 2],
      ["C", 3],
    ]);
  });
});

const outcomeOf = (id: string) => {
  const journey = loadCases().find((c) => c.id === id);
  const result = journey && walk(tree, journey.answers);
  if (result?.status !== "done") throw new Error(id);
  return result.outcome;
};

describe("resultCitations", () => {
  it("follows the page: urgency, finding, each step as shown, check-back, reasons, warning signs, emergency", () => {
    const outcome = outcomeOf("kp-arms-teen");
    expect(resultCitations(tree, outcome)).toEqual([
      tree.urgencies[outcome.urgency].sources,
      outcome.finding?.sources,
      ...careStepsAsShown(outcome.guidance).map((item) => item.sources),
      outcome.finding?.checkBack?.sources,
      outcome.explainSources,
      safetyScreen(tree, "warningScreen").sources,
      tree.emergencyAdvice.sources,
    ]);
  });

  it("cites no check-back window when the result has none", () => {
    const outcome = outcomeOf("kp-adult-cheeks");
    expect(outcome.checkBackWeeks).toBeUndefined();
    const groups = resultCitations(tree, outcome);
    expect(groups[2 + outcome.guidance.length]).toEqual([]);
  });

  it("cites only the urgency when the journey stopped at a safety screen", () => {
    const outcome = outcomeOf("throat-tightening");
    expect(resultCitations(tree, outcome)).toEqual([tree.urgencies.emergency.sources]);
  });

  it("cites every source of every care step, the finding and the rule for each case, each known to the tree", () => {
    for (const journey of loadCases()) {
      const result = walk(tree, journey.answers);
      if (result.status !== "done") throw new Error(journey.id);
      const { outcome } = result;
      const cited = new Set(resultCitations(tree, outcome).flat());
      const expected = [
        ...tree.urgencies[outcome.urgency].sources,
        ...(outcome.condition === "not_assessed"
          ? []
          : [
              ...outcome.guidance.flatMap((g) => g.sources),
              ...(outcome.finding?.sources ?? []),
              ...outcome.explainSources,
            ]),
      ];
      for (const id of expected) expect(cited.has(id), `${journey.id}: ${id}`).toBe(true);
      for (const id of cited)
        expect(
          tree.sources.some((s) => s.id === id),
          id,
        ).toBe(true);
    }
  });
});
