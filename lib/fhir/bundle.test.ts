import type { QuestionnaireResponse } from "@medplum/fhirtypes";
import { describe, expect, it } from "vitest";
import { walk, type FinishedWalk } from "../journey/walk";
import { loadCases } from "../testing/cases";
import { fhirProblems } from "../testing/fhir-validator";
import { tree } from "../tree/load";
import { translator, treeIn } from "../i18n/catalogs";
import { fhirCodeFields, pseudoTranslator, pseudoTree, PSEUDO_OPEN, stringsIn } from "../testing/pseudo";
import { bundleForRecord } from "./bundle";
import { CODE_SYSTEM_URL } from "./canonical";
import { journeyFromBundle, journeyFromResponse, questionnaireReference, responseFromJourney } from "./response";

const cases = loadCases();
const english = { t: translator("en"), locale: "en" } as const;
function finished(answers: Record<string, unknown>): FinishedWalk {
  const result = walk(tree, answers as never);
  if (result.status !== "done") throw new Error(`not finished: ${JSON.stringify(answers)}`);
  return result;
}
const heatRash = finished(cases.find((c) => c.id.includes("heat"))?.answers ?? {});
const response = (changes: Partial<QuestionnaireResponse> = {}) => ({
  ...responseFromJourney(tree, heatRash, "2026-12-01"),
  ...changes,
});

describe("the Bundle for a health record", () => {
  it.each(cases.map((c) => [c.id, c] as const))("%s: is valid FHIR R4 and reads back to the same outcome", (_id, c) => {
    const journey = finished(c.answers);
    const bundle = bundleForRecord(tree, { journey, authored: "2026-12-01" }, english);
    expect(fhirProblems(bundle)).toEqual([]);
    expect(bundle.type).toBe("collection");
    const [qr, risk] = (bundle.entry ?? []).map((entry) => entry.resource);
    expect(qr?.resourceType).toBe("QuestionnaireResponse");
    expect(risk).toMatchObject({ resourceType: "RiskAssessment", basis: [{ reference: bundle.entry?.[0]?.fullUrl }] });
    const back = journeyFromBundle(tree, JSON.parse(JSON.stringify(bundle)));
    expect(back.ok && back.result.outcome).toEqual(journey.outcome);
    expect(back.ok && back.result.path).toEqual(journey.path);
    expect(journeyFromResponse(tree, qr)).toEqual(back);
  });

  it("is checked inside: a response without its status makes the Bundle invalid", () => {
    const bundle = bundleForRecord(tree, { journey: heatRash, authored: "2026-12-01" }, english);
    const broken = structuredClone(bundle);
    const first = broken.entry?.[0]?.resource;
    if (first?.resourceType === "QuestionnaireResponse") delete (first as Partial<QuestionnaireResponse>).status;
    expect(fhirProblems(broken)).not.toEqual([]);
  });

  it("holds the first check as a second response after a re-check, and names the outcome in words", () => {
    const first = finished(cases[0]?.answers ?? {});
    const bundle = bundleForRecord(tree, { journey: heatRash, authored: "2026-12-01" }, english, {
      first: { journey: first, authored: "2026-11-03" },
    });
    expect(fhirProblems(bundle)).toEqual([]);
    const resources = (bundle.entry ?? []).map((entry) => entry.resource);
    expect(resources.map((r) => r?.resourceType)).toEqual([
      "QuestionnaireResponse",
      "RiskAssessment",
      "QuestionnaireResponse",
    ]);
    expect(resources[2]).toMatchObject({ id: "first-check", authored: "2026-11-03" });
    const risk = resources[1];
    if (risk?.resourceType !== "RiskAssessment") throw new Error("no RiskAssessment");
    expect(risk.prediction?.[0]?.outcome?.text).toBe(
      `${tree.urgencies.self_care.label}: ${tree.urgencies.self_care.title}`,
    );
    expect(risk.prediction?.[1]?.outcome?.coding).toEqual([
      { system: CODE_SYSTEM_URL, code: "finding.heat_rash", display: "something else, possibly heat rash" },
    ]);
    expect(risk.note?.[0]?.text).toContain("See a dermatologist: no.");
    expect(risk.mitigation).toContain("[NHS-HEAT]");
  });
});

describe("the Bundle's language", () => {
  it.each(cases.map((c) => [c.id, c] as const))("%s: every text comes from the catalog or the tree", (_id, c) => {
    const words = pseudoTree(tree);
    const result = walk(words, c.answers);
    if (result.status !== "done") throw new Error(c.id);
    const first = finished(cases[0]?.answers ?? {});
    const bundle = bundleForRecord(
      words,
      { journey: result, authored: "2026-12-01" },
      { t: pseudoTranslator(), locale: "en" },
      { first: { journey: { ...first, outcome: result.outcome } } },
    );
    const hardCoded = stringsIn(bundle).filter(
      ({ at, text }) => !fhirCodeFields.test(at) && !text.includes(PSEUDO_OPEN),
    );
    expect(hardCoded).toEqual([]);
  });

  it("is the document's: a Spanish Bundle says so on every resource and reads in Spanish", () => {
    const spanish = treeIn("es");
    const result = walk(spanish, heatRash.answers);
    if (result.status !== "done") throw new Error("heat rash");
    const bundle = bundleForRecord(spanish, { journey: result }, { t: translator("es"), locale: "es" });
    expect(fhirProblems(bundle)).toEqual([]);
    expect([bundle.language, ...(bundle.entry ?? []).map((entry) => entry.resource?.language)]).toEqual([
      "es",
      "es",
      "es",
    ]);
    const risk = bundle.entry?.[1]?.resource;
    if (risk?.resourceType !== "RiskAssessment") throw new Error("no RiskAssessment");
    expect(risk.subject.display).toBe("La persona que respondió las preguntas");
    expect(risk.note?.[0]?.text).toContain("Ver a un dermatólogo: no.");
    expect(risk.prediction?.[0]?.rationale).not.toContain("no escalation rule matched");
  });
});

describe("reading a QuestionnaireResponse back", () => {
  it("from a Bundle, refusing one that holds no response", () => {
    const notOurs = { kind: "not-ours" };
    expect(journeyFromBundle(tree, { resourceType: "Patient" })).toEqual({
      ok: false,
      error: "this is not a Bundle",
      problem: notOurs,
    });
    expect(journeyFromBundle(tree, { resourceType: "Bundle", type: "collection", entry: [] })).toEqual({
      ok: false,
      error: "the Bundle holds no QuestionnaireResponse",
      problem: notOurs,
    });
    const first = finished(cases[0]?.answers ?? {});
    const recheck = bundleForRecord(tree, { journey: heatRash }, english, { first: { journey: first } });
    const back = journeyFromBundle(tree, recheck);
    expect(back.ok && back.result.outcome).toEqual(heatRash.outcome);
  });

  const item = (linkId: string) => response().item?.find((i) => i.linkId === linkId);
  const replace = (linkId: string, answer: unknown) =>
    response({ item: response().item?.map((i) => (i.linkId === linkId ? { ...i, answer } : i)) as never });
  it.each([
    ["not a response", { resourceType: "Patient" }, "this is not a QuestionnaireResponse", { kind: "not-ours" }],
    ["nothing at all", null, "this is not a QuestionnaireResponse", { kind: "not-ours" }],
    [
      "another questionnaire",
      response({ questionnaire: "http://example.org/q|1" }),
      `it answers 'http://example.org/q|1', not ${questionnaireReference(tree)}`,
      { kind: "not-ours" },
    ],
    [
      "another version of ours",
      response({ questionnaire: questionnaireReference({ ...tree, version: "0.9" }) }),
      `it answers '${questionnaireReference({ ...tree, version: "0.9" })}', not ${questionnaireReference(tree)}`,
      { kind: "not-ours" },
    ],
    [
      "unfinished",
      response({ status: "in-progress" }),
      "its status is 'in-progress', not 'completed'",
      { kind: "not-ours" },
    ],
    [
      "an unknown question",
      response({ item: [...(response().item ?? []), { linkId: "mood" }] }),
      "item 8 ('mood') is not one of our questions",
      { kind: "unknown-question", question: "mood" },
    ],
    [
      "a question twice",
      response({ item: [...(response().item ?? []), item("onset")!] }),
      "item 8 ('onset') answers the question a second time",
      { kind: "not-an-option", question: "onset" },
    ],
    [
      "a code of another system",
      replace("redness", [{ valueCoding: { system: "http://snomed.info/sct", code: "redness.yes" } }]),
      "item 3 ('redness') has an answer that is not one of its options",
      { kind: "not-an-option", question: "redness" },
    ],
    [
      "another question's code",
      replace("redness", [{ valueCoding: { system: CODE_SYSTEM_URL, code: "look.rash" } }]),
      "item 3 ('redness') has an answer that is not one of its options",
      { kind: "not-an-option", question: "redness" },
    ],
    [
      "two answers to a single choice",
      replace("redness", [
        { valueCoding: { system: CODE_SYSTEM_URL, code: "redness.yes" } },
        { valueCoding: { system: CODE_SYSTEM_URL, code: "redness.no" } },
      ]),
      "item 3 ('redness') must be one option",
      { kind: "not-an-option", question: "redness" },
    ],
    [
      "'none' with a sign",
      replace("warning", [
        { valueCoding: { system: CODE_SYSTEM_URL, code: "warning.none" } },
        { valueCoding: { system: CODE_SYSTEM_URL, code: "warning.fever" } },
      ]),
      "item 2 ('warning') combines 'none' with other options",
      { kind: "not-an-option", question: "warning" },
    ],
    [
      "weeks that are not whole",
      replace("care_weeks", [{ valueInteger: 2.5 }]),
      "item 6 ('care_weeks') must be a whole number",
      { kind: "not-an-option", question: "care_weeks" },
    ],
    [
      "weeks as text",
      replace("care_weeks", [{ valueString: "2" }]),
      "item 6 ('care_weeks') has an answer that is not one of its options",
      { kind: "not-an-option", question: "care_weeks" },
    ],
    [
      "a missing answer",
      response({ item: response().item?.filter((i) => i.linkId !== "impact") }),
      "it has no answer for question 'impact'",
      { kind: "unanswered", question: "impact" },
    ],
    [
      "an answer to a question not asked",
      response({
        item: [
          ...(response().item ?? []),
          { linkId: "age", answer: [{ valueCoding: { system: CODE_SYSTEM_URL, code: "age.18_to_64" } }] },
        ],
      }),
      "it answers questions that are not asked: age",
      { kind: "not-asked", question: "age" },
    ],
  ])("refuses %s, naming what is wrong", (_name, resource, error, problem) => {
    expect(journeyFromResponse(tree, resource)).toEqual({ ok: false, error, problem });
  });
});
