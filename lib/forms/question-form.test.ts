import { describe, expect, it } from "vitest";
import { tree } from "../tree/load";
import { treeIn } from "../i18n/catalogs";
import { english, spanish } from "../testing/translate";
import { readQuestionForm, toFieldValue } from "./question-form";

const question = (id: string) => {
  const found = tree.questions.find((q) => q.id === id);
  if (!found) throw new Error(id);
  return found;
};
const firstMessage = (id: string, value: unknown) => {
  const read = readQuestionForm(question(id), { [id]: value as never }, english);
  return read.ok ? read.answers : read.message;
};

describe("readQuestionForm", () => {
  it("asks the person to choose when nothing is chosen", () => {
    expect(firstMessage("redness", undefined)).toBe("Select yes if the bumps are red, pink or inflamed");
    expect(firstMessage("warning", [])).toBe("Select the warning signs there are, or select ‘None of these’");
  });

  it("refuses none together with another option", () => {
    expect(firstMessage("warning", ["none", "fever"])).toBe("Select ‘None of these’ on its own, or untick it");
  });

  it.each([
    ["", "Enter the number of weeks, or 0 if you have not started"],
    ["abc", "Enter the number of weeks as a number, like 3"],
    ["3.5", "Enter a whole number of weeks, like 3"],
    ["-1", "The number of weeks must be 0 or more"],
    ["105", "The number of weeks must be 104 or fewer"],
  ])("explains what to fix for %j weeks", (value, message) => {
    expect(firstMessage("care_weeks", value)).toBe(message);
  });

  it("says what to fix in Spanish on a Spanish page, with the question's Spanish words", () => {
    const spanishQuestion = (id: string) => treeIn("es").questions.find((q) => q.id === id) ?? question(id);
    const read = (id: string, value: unknown) => {
      const result = readQuestionForm(spanishQuestion(id), { [id]: value as never }, spanish);
      return result.ok ? result.answers : result.message;
    };
    expect(read("redness", undefined)).toBe("Marque “Sí” si los granitos están rojos, rosados o inflamados");
    expect(read("warning", ["none", "fever"])).toBe("Marque “Ninguna de estas” sola, o quite esa marca");
    expect(read("care_weeks", "105")).toBe("El número de semanas debe ser 104 o menos");
    expect(read("care_weeks", "abc")).toBe("Escriba el número de semanas con cifras, por ejemplo 3");
  });

  it("reads only this question's field, whatever else the form holds", () => {
    expect(readQuestionForm(question("look"), { look: "rash", redness: "maybe" }, english)).toEqual({
      ok: true,
      answers: { look: "rash" },
    });
  });

  it("turns valid input into answers", () => {
    expect(firstMessage("care_weeks", " 4 ")).toEqual({ care_weeks: 4 });
    expect(firstMessage("where", ["cheeks", "scalp"])).toEqual({ where: ["cheeks", "scalp"] });
    expect(firstMessage("look", "rash")).toEqual({ look: "rash" });
  });
});

describe("toFieldValue", () => {
  it("shows a stored answer back in the form: numbers as text, lists as a copy", () => {
    const where = question("where");
    const stored = ["cheeks"];
    const shown = toFieldValue(where, stored);
    expect(shown).toEqual(["cheeks"]);
    expect(shown).not.toBe(stored);
    expect(toFieldValue(question("care_weeks"), 4)).toBe("4");
    expect(toFieldValue(question("look"), "rash")).toBe("rash");
  });

  it("starts an unanswered multi-choice with nothing ticked, and any other question empty", () => {
    expect(toFieldValue(question("where"), undefined)).toEqual([]);
    expect(toFieldValue(question("look"), undefined)).toBeUndefined();
    expect(toFieldValue(question("care_weeks"), undefined)).toBeUndefined();
  });
});
