import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { walk, type FinishedWalk } from "../journey/walk";
import { fullAnswers } from "../testing/arbitraries";
import { loadCases } from "../testing/cases";
import { fixtureTree } from "../testing/fixture-tree";
import { formatIsoDate } from "../recheck/dates";
import { runs } from "../testing/runs";
import { tree } from "../tree/load";
import { NOTE_LIMIT, noteText } from "./note-text";

const finished = (answers: Record<string, unknown>): FinishedWalk => {
  const result = walk(tree, answers as never);
  if (result.status !== "done") throw new Error("not finished");
  return result;
};

describe("the handout as text for a note", () => {
  it.each(loadCases().map((c) => [c.id, c] as const))("%s: fits a note and says the outcome and the rule", (_id, c) => {
    const journey = finished(c.answers);
    const text = noteText(tree, journey, "2026-12-01");
    expect(text.length).toBeLessThanOrEqual(NOTE_LIMIT);
    expect(text).toContain(formatIsoDate("2026-12-01"));
    expect(text).toContain(tree.urgencies[journey.outcome.urgency].clinical);
    expect(text).toContain(`[${journey.outcome.rule}]`);
    if (journey.outcome.finding) expect(text).toContain(journey.outcome.finding.name);
  });

  it("never passes 1,000 characters, whatever the answers", () => {
    fc.assert(
      fc.property(fullAnswers(tree), (answers) => {
        expect(noteText(tree, finished(answers)).length).toBeLessThanOrEqual(NOTE_LIMIT);
      }),
      runs(1000),
    );
  });

  it("lists the red flags that were reported", () => {
    const text = noteText(tree, finished({ emergency: ["none"], warning: ["fever", "warmth"] }));
    expect(text).toMatch(/Red flags reported: .+; .+\./);
    expect(noteText(tree, finished(loadCases()[0]?.answers ?? {}))).toContain("Red flags: none reported.");
  });
});

describe("the note's wording and what it leaves out (on the fixture tree)", () => {
  const fixture = fixtureTree();
  const safe = { sos: ["none"], caution: ["none"] };
  const on = (answers: Record<string, unknown>, tree = fixture) => {
    const result = walk(tree, answers as never);
    if (result.status !== "done") throw new Error("not finished");
    return result;
  };

  it("lists the outcome, the rule, the features and every care step when they fit", () => {
    expect(
      noteText(fixture, on({ ...safe, colour: "red", shape: "bumpy", weeks: 1, trend: "better" }), "2026-12-01"),
    ).toBe(
      `Red Pores Check (self-reported, questions v3.1, ${formatIsoDate("2026-12-01")}). Outcome: Home in clinical words ` +
        "Looks most like: bumps (not a diagnosis). Rule: no rule matched [self-care] Red flags: none reported. " +
        "colour: Label red. shape: Label bumpy. weeks: 1 weeks. trend: Label better. " +
        "Self-care advised: Moisturise. Do not scrub.",
    );
  });

  it("says when the journey stopped at a safety screen, with no date when the link had none", () => {
    expect(noteText(fixture, on({ sos: ["sign"] }))).toBe(
      "Red Pores Check (self-reported, questions v3.1). Outcome: Emergency in clinical words " +
        "Not assessed beyond the safety screens. Rule: sos in clinical words [sos-signs] Red flags reported: Label sign.",
    );
  });

  it("counts the care steps, then cuts whole features, to stay within 1,000 characters", () => {
    const long = structuredClone(fixture);
    for (const item of long.guidance) item.text = "A care step that is long enough to matter. ".repeat(12);
    const counted = noteText(long, on({ ...safe, colour: "red", shape: "bumpy", weeks: 1, trend: "better" }, long));
    expect(counted.endsWith("trend: Label better. Self-care advised: 2 steps, listed on the handout.")).toBe(true);
    for (const question of long.questions) question.clinical = `${question.id} ${"described at length ".repeat(12)}`;
    const cut = noteText(long, on({ ...safe, colour: "red", shape: "bumpy", weeks: 1, trend: "better" }, long));
    expect(cut.length).toBeLessThanOrEqual(NOTE_LIMIT);
    expect(cut).toContain("colour described at length");
    expect(cut).not.toContain("trend described at length");
    expect(cut.endsWith(": Label bumpy. Self-care advised: 2 steps, listed on the handout.")).toBe(true);
  });
});
