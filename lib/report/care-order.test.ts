import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { GuidanceItem } from "../tree/schema";
import { tree } from "../tree/load";
import { careStepsAsShown, careStepsInOrder, groupByKind, splitCareSteps, stepsShownFirst } from "./care-order";
import { runs } from "../testing/runs";

const item = (id: string, kind: GuidanceItem["kind"], first = false): GuidanceItem => ({
  id,
  kind,
  ...(first ? { first } : {}),
  text: id,
  sources: ["SRC"],
  for: ["bumps"],
});

describe("careStepsInOrder", () => {
  it("puts the steps marked first ahead, keeps the tree's order otherwise, and facts last", () => {
    const items = [item("wash", "do"), item("know", "know"), item("no-pick", "dont", true), item("cream", "do", true)];
    expect(careStepsInOrder(items).map((i) => i.id)).toEqual(["no-pick", "cream", "wash", "know"]);
  });
});

describe("splitCareSteps", () => {
  const anyItems = fc.array(fc.record({ kind: fc.constantFrom("do", "dont", "know"), first: fc.boolean() }), {
    maxLength: 14,
  });

  it("shows three steps first and every other item behind Show all, each exactly once", () => {
    fc.assert(
      fc.property(anyItems, (shapes) => {
        const items = shapes.map((shape, i) => item(`item-${i}`, shape.kind as GuidanceItem["kind"], shape.first));
        const { first, rest } = splitCareSteps(items);
        expect(first).toHaveLength(Math.min(stepsShownFirst, items.length));
        expect([...first, ...rest].map((i) => i.id).sort()).toEqual(items.map((i) => i.id).sort());
        // A fact to know is shown first only when there are not three steps to show.
        const steps = items.filter((i) => i.kind !== "know").length;
        if (steps >= stepsShownFirst) expect(first.every((i) => i.kind !== "know")).toBe(true);
      }),
      runs(300),
    );
  });

  it("on the real tree, every condition's first three steps include one the tree marks first", () => {
    const conditions = new Set(tree.guidance.flatMap((g) => g.for));
    for (const condition of conditions) {
      const items = tree.guidance.filter((g) => g.for.includes(condition));
      const { first } = splitCareSteps(items);
      expect(
        first.some((i) => i.first),
        condition,
      ).toBe(true);
    }
  });
});

describe("groupByKind", () => {
  it("groups Do, Don't, then Good to know, leaving out empty groups", () => {
    const groups = groupByKind([item("a", "dont"), item("b", "do"), item("c", "dont")]);
    expect(groups.map((g) => [g.kind, g.items.map((i) => i.id)])).toEqual([
      ["do", ["b"]],
      ["dont", ["a", "c"]],
    ]);
  });
});

describe("careStepsAsShown", () => {
  it("lists the first three by group, then the rest by group", () => {
    const items = [item("wash", "do"), item("no-pick", "dont", true), item("cream", "do", true), item("sun", "do")];
    expect(careStepsAsShown(items).map((i) => i.id)).toEqual(["cream", "wash", "no-pick", "sun"]);
  });
});
