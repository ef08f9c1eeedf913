import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { walk, type FinishedWalk } from "../journey/walk";
import { fullAnswers } from "../testing/arbitraries";
import { loadCases } from "../testing/cases";
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
