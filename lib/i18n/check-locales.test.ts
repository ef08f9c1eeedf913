import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import treeJson from "../../decision-tree/tree.json" with { type: "json" };
import { countStatement } from "../journey/outcome";
import { countAmount } from "../report/clinical";
import { tree } from "../tree/load";
import { parseTree } from "../tree/parse";
import type { Tree } from "../tree/schema";
import { treeIn } from "./catalogs";
import { checkLocales, countsWithoutPlural } from "./check-locales";

const root = path.resolve(import.meta.dirname, "../..");
const read = (file: string) => JSON.parse(readFileSync(path.join(root, file), "utf8")) as Record<string, string>;
const files = () => ({
  messages: { en: read("messages/en.json"), es: read("messages/es.json") },
  treeWords: { es: read("decision-tree/locales/es.json") },
});

describe("every language's words match English key for key (npm run tree:check)", () => {
  it("passes for the site's own files", () => {
    expect(checkLocales(tree, files())).toEqual([]);
  });

  it("names a missing string, one the tree no longer has, and different placeholders", () => {
    const changed = files();
    delete changed.treeWords.es["guidance.kp-sunscreen.text"];
    changed.treeWords.es["guidance.retired-step.text"] = "Un paso que ya no existe.";
    changed.treeWords.es["questions.care_weeks.statement"] = "cuidado en casa durante {semanas} semanas";
    delete changed.messages.es["result.startAgain"];
    changed.messages.es["recheck.started"] = "Empezó el {date}.";
    expect(checkLocales(tree, changed)).toEqual([
      'messages/es.json: missing "result.startAgain"',
      'messages/es.json: "recheck.started" has placeholders {date} but English has {date}, {weeks}',
      'decision-tree/locales/es.json: "questions.care_weeks.statement" has placeholders {semanas} but English has {value}',
      'decision-tree/locales/es.json: missing "guidance.kp-sunscreen.text"',
      'decision-tree/locales/es.json: "guidance.retired-step.text" is not used any more (no such key in English)',
    ]);
  });

  it("names an empty string, a broken message and a language file the site does not list", () => {
    const changed = { ...files(), treeWords: { ...files().treeWords, fr: {} } };
    changed.messages.es["common.back"] = " ";
    changed.messages.es["question.number"] = "Pregunta {number";
    expect(checkLocales(tree, changed)).toEqual([
      'messages/es.json: "common.back" must be a non-empty string',
      expect.stringMatching(/^messages\/es\.json: "question\.number" is not a valid message: /),
      'decision-tree/locales/fr.json: "fr" is not a language in lib/i18n/locales.ts',
    ]);
  });

  it("checks English itself: its catalog must exist and be valid, and so must the tree's own words", () => {
    const noEnglish = files();
    delete (noEnglish.messages as Record<string, unknown>).en;
    expect(checkLocales(tree, noEnglish)).toEqual(["messages/en.json: missing or not an object of messages"]);
    const broken = files();
    broken.messages.en["common.back"] = "Back {";
    broken.messages.es["common.back"] = "Atrás {";
    expect(checkLocales(tree, broken)).toEqual([
      expect.stringMatching(/^messages\/en\.json: "common\.back" is not a valid message: /),
      expect.stringMatching(/^messages\/es\.json: "common\.back" is not a valid message: /),
    ]);
    const brokenTree = structuredClone(tree);
    brokenTree.guidance[0]!.text = "Wash {gently";
    expect(checkLocales(brokenTree, files())[0]).toMatch(
      new RegExp(
        `^decision-tree/tree\\.json: "guidance\\.${brokenTree.guidance[0]!.id}\\.text" is not a valid message`,
      ),
    );
  });

  it("names a language whose tree words are missing", () => {
    const changed = files();
    delete (changed.treeWords as Record<string, unknown>).es;
    expect(checkLocales(tree, changed)).toEqual(["decision-tree/locales/es.json: missing or not an object of words"]);
  });

  it("names a language whose file is missing", () => {
    const changed = files();
    delete (changed.messages as Record<string, unknown>).es;
    expect(checkLocales(tree, changed)).toEqual(["messages/es.json: missing or not an object of messages"]);
  });
});

describe("the Spanish catalog", () => {
  it("says every message in Spanish, apart from the few that are the same in both languages", () => {
    const { en, es } = files().messages;
    const same = Object.keys(en).filter((key) => en[key] === es[key]);
    expect(same.sort()).toEqual(["common.error", "handout.no", "photos.caption", "site.name"]);
  });

  it("keeps the emergency numbers and addresses the person as usted", () => {
    const words = files().treeWords.es;
    for (const number of ["911", "999", "112"]) {
      expect(words["emergencyAdvice.text"]).toContain(number);
      expect(words["urgencies.emergency.action"]).toContain(number);
    }
    const everything = [...Object.values(files().messages.es), ...Object.values(words)].join(" ");
    expect(everything).not.toMatch(/\b(tú|tienes|puedes|haz|ve a)\b/i);
  });
});

describe("counts and plural forms", () => {
  it("finds a count shown without plural forms, and leaves other numbers and plural counts alone", () => {
    expect(countsWithoutPlural("{count} photos")).toEqual(["count"]);
    expect(countsWithoutPlural("durante {value} semanas")).toEqual(["value"]);
    expect(countsWithoutPlural("{count, plural, one {# photo} other {# photos}}")).toEqual([]);
    expect(countsWithoutPlural("{kind, select, a {{weeks} weeks} other {-}}")).toEqual(["weeks"]);
    expect(countsWithoutPlural("questions version {version}, question {number}")).toEqual([]);
    // Inside its own plural a count may stand alone; inside a select or another count's plural it may not.
    expect(countsWithoutPlural("{count, plural, one {{count} photo} other {# photos}}")).toEqual([]);
    expect(countsWithoutPlural("{count, select, a {{count} photos} other {-}}")).toEqual(["count"]);
    expect(countsWithoutPlural("{count, plural, one {# photo} other {# photos, {value} weeks}}")).toEqual(["value"]);
  });

  it("names, in tree:check, the file and key of a count without plural forms", () => {
    const changed = files();
    changed.messages.es["photos.onDevice"] = "Fotos en este dispositivo: {count} fotos";
    expect(checkLocales(tree, changed)).toEqual([
      'messages/es.json: "photos.onDevice" shows the number {count} without plural forms: write {count, plural, one {…} other {…}}',
    ]);
  });
});

describe("a count phrase of the tree", () => {
  const careWeeks = (t: Tree) => {
    const question = t.questions.find((q) => q.type === "number");
    if (question?.type !== "number") throw new Error("no number question");
    return question;
  };

  it("takes the plural form of its language: one week, never 1 weeks", () => {
    const english = careWeeks(tree);
    const spanish = careWeeks(treeIn("es"));
    expect(countStatement(english, 1)).toBe("daily home care for 1 week");
    expect(countStatement(english, 3)).toBe("daily home care for 3 weeks");
    expect(countStatement(spanish, 1)).toBe("cuidado diario en casa durante 1 semana");
    expect(countAmount(spanish, 0)).toBe("0 semanas");
    expect(countAmount(english, 1)).toBe("1 week");
  });

  it("is read when the tree is read, and cannot be written in tree.json", () => {
    const raw = structuredClone(treeJson) as { questions: Record<string, unknown>[] };
    const question = raw.questions.find((q) => q.type === "number");
    if (!question) throw new Error("no number question");
    question.compiled = { tag: "en", statement: "x" };
    const result = parseTree(raw);
    expect(result.ok ? [] : result.problems).toEqual([
      `question '${String(question.id)}': compiled: is made when the tree is read; remove it`,
    ]);
  });
});
