import { describe, expect, it } from "vitest";
import { walk } from "../journey/walk";
import { loadCases } from "../testing/cases";
import { tree } from "./load";
import { routingOnly } from "./routing-only";
import { treeIn } from "../i18n/catalogs";
import { localizeTree, treeWords } from "./words";

const spanish = treeIn("es");

// Words that are the same in both languages: a yes-or-no answer, a condition's name, the number.
const sameInBoth = new Set(["No", "Diabetes", "diabetes", "Mayo Clinic", "DermNet: foliculitis (en inglés)"]);

describe("the tree in Spanish", () => {
  it("has the same ids, routes and rules as tree.json: only the words differ", () => {
    expect(routingOnly(spanish)).toEqual(routingOnly(tree));
    expect(treeWords(spanish)).not.toEqual(treeWords(tree));
  });

  it("has its own words for every guidance item, finding, rule, urgency and question", () => {
    const english = treeWords(tree);
    const words = treeWords(spanish);
    expect(Object.keys(words)).toEqual(Object.keys(english));
    const untranslated = Object.keys(english).filter(
      (key) => words[key] === english[key] && !sameInBoth.has(english[key] ?? ""),
    );
    expect(untranslated).toEqual([]);
  });

  it.each(loadCases().map((c) => [c.id, c] as const))("gives case %s the same outcome, in Spanish words", (_id, c) => {
    const inEnglish = walk(tree, c.answers);
    const inSpanish = walk(spanish, c.answers);
    if (inEnglish.status !== "done" || inSpanish.status !== "done") throw new Error(`${c.id} does not finish`);
    const decision = (o: typeof inEnglish.outcome) => ({
      urgency: o.urgency,
      condition: o.condition,
      rule: o.rule,
      seeDermatologist: o.seeDermatologist,
      checkBackWeeks: o.checkBackWeeks,
      guidance: o.guidance.map((g) => g.id),
      reasons: o.reasons.map((r) => r.question),
    });
    expect(decision(inSpanish.outcome)).toEqual(decision(inEnglish.outcome));
    for (const item of inSpanish.outcome.guidance) {
      expect(item.text).toBe(spanish.guidance.find((g) => g.id === item.id)?.text);
    }
    expect(inSpanish.outcome.explain).not.toBe(inEnglish.outcome.explain);
    if (inSpanish.outcome.finding) expect(inSpanish.outcome.finding.name).toMatch(/\(en inglés, /);
  });

  it("leaves a word alone when the language has none for it, and never changes the original", () => {
    const before = structuredClone(tree);
    const partial = localizeTree(tree, { "urgencies.urgent.label": "Urgente" });
    expect(partial.urgencies.urgent.label).toBe("Urgente");
    expect(partial.urgencies.emergency.label).toBe(tree.urgencies.emergency.label);
    expect(tree).toEqual(before);
  });
});
