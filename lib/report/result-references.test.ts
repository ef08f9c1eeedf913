import { describe, expect, it } from "vitest";
import { walk } from "../journey/walk";
import { loadCases } from "../testing/cases";
import { tree } from "../tree/load";
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

describe("resultCitations", () => {
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
