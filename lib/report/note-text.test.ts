import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { translator, treeIn } from "../i18n/catalogs";
import { walk, type FinishedWalk } from "../journey/walk";
import { fullAnswers } from "../testing/arbitraries";
import { loadCases } from "../testing/cases";
import { formatIsoDate } from "../recheck/dates";
import { runs } from "../testing/runs";
import { tree } from "../tree/load";
import type { Tree } from "../tree/schema";
import { NOTE_LIMIT, noteText } from "./note-text";
import { outsidePseudo, pseudoTranslator, pseudoTree, PSEUDO_OPEN } from "../testing/pseudo";

const finished = (answers: Record<string, unknown>, on: Tree = tree): FinishedWalk => {
  const result = walk(on, answers as never);
  if (result.status !== "done") throw new Error("not finished");
  return result;
};
const en = translator("en");
const es = translator("es");
const byId = (id: string) => {
  const found = loadCases().find((c) => c.id === id);
  if (!found) throw new Error(`no case ${id}`);
  return found;
};

describe("the handout as text for a note a clinician can file", () => {
  it.each(loadCases().map((c) => [c.id, c] as const))("%s: fits a note, with no internal ids", (_id, c) => {
    const journey = finished(c.answers);
    const text = noteText(tree, journey, en, "2026-12-01");
    expect(text.length).toBeLessThanOrEqual(NOTE_LIMIT);
    expect(text).toContain(formatIsoDate("2026-12-01"));
    expect(text).toContain(tree.urgencies[journey.outcome.urgency].clinical);
    expect(text).not.toContain(`[${journey.outcome.rule}]`);
    expect(text).not.toMatch(/\[|None of these|\{/);
    if (journey.outcome.finding) expect(text).toContain(journey.outcome.finding.name);
  });

  it("never passes 1,000 characters, whatever the answers", () => {
    fc.assert(
      fc.property(fullAnswers(tree), (answers) => {
        expect(noteText(tree, finished(answers), en).length).toBeLessThanOrEqual(NOTE_LIMIT);
      }),
      runs(1000),
    );
  });

  it("records the check-back interval and date, the age band, the sites and the active products by name", () => {
    const text = noteText(tree, finished(byId("kp-arms-teen").answers), en, "2026-12-01");
    expect(text).toContain("Check back after four to six weeks of daily home care, on Tuesday, 29 December 2026");
    expect(text).toContain("Age band: 12 to 17.");
    expect(text).toContain("Active products advised: urea moisturiser");
    expect(text).toContain("BHA (salicylic acid 1–2%) exfoliant");
    expect(text).toContain("niacinamide");
    expect(text).toContain("Advised to seek care sooner with any warning sign");
  });

  it("names the hydrocortisone advised for contact dermatitis, and the sites", () => {
    const text = noteText(tree, finished(byId("dermatitis-new-detergent").answers), en, "2026-12-01");
    expect(text).toContain("hydrocortisone 1% cream");
    expect(text).toMatch(/Sites: [^.]+\./);
  });

  it("says the age band was not asked, and lists the red flags reported, at a safety screen", () => {
    const text = noteText(tree, finished({ emergency: ["none"], warning: ["fever", "warmth"] }), en);
    expect(text).toMatch(/Red flags reported: .+; .+\./);
    expect(text).toContain("Age band: not asked.");
    expect(text).not.toContain("Advised to seek care sooner");
    expect(noteText(tree, finished(byId("kp-arms-teen").answers), en)).toContain("Red flags: none reported.");
  });

  it("writes an answer of none as none reported, never the option's words", () => {
    const text = noteText(tree, finished(byId("folliculitis-after-shaving").answers), en);
    expect(text).toContain(": none reported.");
    expect(text).not.toContain("None of these");
  });

  it("is in Spanish from the Spanish tree and catalog, with no English line left", () => {
    const spanish = treeIn("es");
    const text = noteText(spanish, finished(byId("kp-arms-teen").answers, spanish), es, "2026-12-01", "es");
    expect(text).toContain("Resultado:");
    expect(text).toContain("crema hidratante con urea");
    expect(text).toContain("29 de diciembre de 2026");
    expect(text).not.toMatch(/Outcome|Looks most like|Red flags|Age band|Check back|Active products/);
  });
});

describe("the note's words", () => {
  it.each(loadCases().map((c) => [c.id, c] as const))("%s: come only from the catalog and the tree", (_id, c) => {
    const words = pseudoTree(tree);
    const text = noteText(words, finished(c.answers, words), pseudoTranslator(), "2026-12-01", "en", Infinity);
    expect(text).toContain(PSEUDO_OPEN);
    // Numbers are answers, not words.
    expect(outsidePseudo(text)).toMatch(/^[\s.,:;()\d]*$/);
  });
});
