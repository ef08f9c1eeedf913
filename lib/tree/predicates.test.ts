import { describe, expect, it } from "vitest";
import { describePredicate, leaves } from "./predicates";

const rash = { question: "look", equals: "rash" };
const cheeks = { question: "where", includes: "cheeks" };
const weeks = { question: "care_weeks", atLeast: "check-back" as const };

describe("predicates", () => {
  it("lists every leaf of nested groups", () => {
    expect(leaves({ all: [rash, { any: [cheeks, { not: weeks }] }, { finding: "acne" }] })).toEqual([
      rash,
      cheeks,
      weeks,
      { finding: "acne" },
    ]);
  });

  it("describes each kind in the notation of the decision-tree diagram", () => {
    expect(
      describePredicate({ all: [rash, { any: [cheeks, { finding: "acne" }] }, { not: { rule: "impact" } }] }),
    ).toBe("look = rash and (where has cheeks or looks like acne) and not rule impact");
    expect(describePredicate(weeks)).toBe("care_weeks ≥ check-back");
    expect(describePredicate({ question: "care_weeks", atLeast: 1 })).toBe("care_weeks ≥ 1");
  });
});
