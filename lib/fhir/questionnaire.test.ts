import type { Extension, QuestionnaireResponse, QuestionnaireResponseItem } from "@medplum/fhirtypes";
import fc from "fast-check";
import fhirpath from "fhirpath";
import r4 from "fhirpath/fhir-context/r4";
import { describe, expect, it } from "vitest";
import type { Answers } from "../journey/answers";
import { walk } from "../journey/walk";
import { fullAnswers } from "../testing/arbitraries";
import { loadCases } from "../testing/cases";
import { fhirProblems } from "../testing/fhir-validator";
import { runs } from "../testing/runs";
import { tree } from "../tree/load";
import { CODE_SYSTEM_URL, extensions, optionCode, QUESTIONNAIRE_URL } from "./canonical";
import { codeSystemFromTree, questionnaireFromTree } from "./questionnaire";

const questionnaire = questionnaireFromTree(tree);
const codeSystem = codeSystemFromTree(tree);
const items = questionnaire.item ?? [];
const extension = (of: { extension?: Extension[] } | undefined, url: string) =>
  of?.extension?.find((e) => e.url === url);

/** A response as a form renderer would hold it: an item for each question asked, none for the rest. */
function responseTo(answers: Answers, path: readonly string[]): QuestionnaireResponse {
  const item: QuestionnaireResponseItem[] = path.map((id) => {
    const question = tree.questions.find((q) => q.id === id);
    const value = answers[id];
    if (!question || value === undefined) throw new Error(`no answer for ${id}`);
    if (question.type === "number") return { linkId: id, answer: [{ valueInteger: Number(value) }] };
    const chosen = Array.isArray(value) ? value : [String(value)];
    return {
      linkId: id,
      answer: chosen.map((option) => ({
        valueCoding: { system: CODE_SYSTEM_URL, code: optionCode(question, option) },
      })),
    };
  });
  return { resourceType: "QuestionnaireResponse", status: "completed", questionnaire: QUESTIONNAIRE_URL, item };
}

// Each item's enableWhenExpression, compiled once; an item without one is always enabled. Evaluating them
// takes about 10 ms a response, so the property tests below run hundreds of journeys, not thousands.
const enabledBy = items.map((entry) => {
  const expression = extension(entry, extensions.enableWhenExpression);
  const text = expression?.valueExpression?.expression ?? "";
  const compiled = text ? fhirpath.compile(text, r4) : undefined;
  return { linkId: entry.linkId, compiled };
});

/** The questions an SDC renderer would enable for this response, in the Questionnaire's order. */
function enabledQuestions(response: QuestionnaireResponse): string[] {
  return enabledBy
    .filter(({ linkId, compiled }) => {
      if (!compiled) return true;
      const result: unknown = compiled(response, { resource: response });
      if (!Array.isArray(result)) throw new Error(`${linkId}: the expression did not evaluate synchronously`);
      return result.length === 1 && result[0] === true;
    })
    .map(({ linkId }) => linkId);
}

describe("the FHIR Questionnaire and CodeSystem made from the tree", () => {
  it("are valid FHIR R4 resources", () => {
    expect(fhirProblems(questionnaire)).toEqual([]);
    expect(fhirProblems(codeSystem)).toEqual([]);
  });

  it("name the tree's version, one item per question in the tree's order, and every option as a code", () => {
    expect(questionnaire).toMatchObject({ url: QUESTIONNAIRE_URL, version: tree.version, status: "active" });
    expect(codeSystem).toMatchObject({ url: CODE_SYSTEM_URL, version: tree.version, content: "complete" });
    expect(items.map((item) => item.linkId)).toEqual(tree.questions.map((q) => q.id));
    const codes = (codeSystem.concept ?? []).map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const item of items) {
      for (const option of item.answerOption ?? []) expect(codes).toContain(option.valueCoding?.code);
    }
    expect(codeSystem.count).toBe(codes.length);
  });

  it("marks every 'none of these' as exclusive, and gives the weeks of care their range", () => {
    for (const question of tree.questions) {
      const item = items.find((i) => i.linkId === question.id);
      const exclusive = (item?.answerOption ?? [])
        .filter((option) => extension(option, extensions.optionExclusive))
        .map((option) => option.valueCoding?.code);
      const none = question.type === "multi" ? question.exclusiveNone : undefined;
      expect(exclusive).toEqual(none ? [optionCode(question, none)] : []);
    }
    const weeks = items.find((i) => i.linkId === tree.roles.careWeeks);
    expect(weeks?.type).toBe("integer");
    expect(extension(weeks, extensions.minValue)).toEqual({ url: extensions.minValue, valueInteger: 0 });
    expect(extension(weeks, extensions.maxValue)).toEqual({ url: extensions.maxValue, valueInteger: 104 });
  });

  it("enables exactly the questions on the engine's path, in order, for every case", () => {
    for (const testCase of loadCases()) {
      const result = walk(tree, testCase.answers);
      expect(enabledQuestions(responseTo(result.answers, result.path)), testCase.id).toEqual(result.path);
    }
  });

  it("enables exactly the questions on the engine's path, in order, for hundreds of random answer sets", () => {
    fc.assert(
      fc.property(fullAnswers(tree), (answers) => {
        const result = walk(tree, answers);
        expect(enabledQuestions(responseTo(result.answers, result.path))).toEqual(result.path);
      }),
      runs(500),
    );
  }, 60_000);

  it("enables the next question as each one is answered, as the engine asks it", () => {
    fc.assert(
      fc.property(fullAnswers(tree), (answers) => {
        const { path } = walk(tree, answers);
        for (let asked = 0; asked < path.length; asked++) {
          const sofar = walk(
            tree,
            Object.fromEntries(path.slice(0, asked).map((id) => [id, answers[id as keyof typeof answers]])),
          );
          const next = sofar.status === "asking" ? [sofar.next.id] : [];
          expect(enabledQuestions(responseTo(sofar.answers, sofar.path))).toEqual([...sofar.path, ...next]);
        }
      }),
      runs(100),
    );
  }, 60_000);
});
