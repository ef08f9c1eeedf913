import { describe, expect, it } from "vitest";
import treeJson from "../../decision-tree/tree.json" with { type: "json" };
import { parseTree } from "./parse";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests poke at raw JSON

/** A deep copy of the real tree, changed by `edit`, then parsed. */
function problemsAfter(edit: (tree: Json) => void): string[] {
  const copy: Json = structuredClone(treeJson);
  edit(copy);
  const result = parseTree(copy);
  return result.ok ? [] : result.problems;
}

const question = (tree: Json, id: string): Json => tree.questions.find((q: Json) => q.id === id);

describe("parseTree", () => {
  it("accepts the project's tree", () => {
    const result = parseTree(treeJson);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it("names the node and field when the shape is wrong", () => {
    expect(problemsAfter((t) => (question(t, "look").title = " "))).toEqual([
      "question 'look': title: must not be empty",
    ]);
    expect(problemsAfter((t) => delete question(t, "feel").error)).toEqual([
      "question 'feel': error: Invalid input: expected string, received undefined",
    ]);
    expect(problemsAfter((t) => (t.version = "one"))).toEqual(["tree: version: must look like 1.0"]);
  });

  it("reports a guidance item with no source", () => {
    expect(problemsAfter((t) => (t.guidance[0].sources = []))).toEqual([
      "guidance 'red-gentle-wash': sources: every guidance item must cite at least one source",
    ]);
  });

  it("reports duplicate ids", () => {
    expect(problemsAfter((t) => t.findings.push(structuredClone(t.findings[0])))).toEqual([
      "finding 'keratosis_pilaris' is defined more than once",
    ]);
    expect(
      problemsAfter((t) => question(t, "onset").options.push({ id: "days", label: "Again", statement: "again" })),
    ).toEqual(["question 'onset': option 'days' is defined more than once"]);
  });

  it("reports a route to a question that does not exist", () => {
    expect(problemsAfter((t) => (question(t, "redness").next[1].goto = "non_red_looks"))).toEqual([
      "question 'redness': route 2 goes to unknown question 'non_red_looks'",
      "question 'non_red_look': cannot be reached from 'emergency'",
    ]);
  });

  it("reports unknown questions, options, findings, rules and sources", () => {
    expect(
      problemsAfter((t) => (question(t, "redness").next[0].when = { question: "redness", equals: "maybe" })),
    ).toEqual(["question 'redness': route 1: refers to unknown option 'maybe' of question 'redness'"]);
    expect(problemsAfter((t) => (t.rules[1].when.any[0].question = "emergencies"))).toEqual([
      "rule 'emergency-signs': refers to unknown question 'emergencies'",
    ]);
    expect(problemsAfter((t) => (question(t, "onset").next[1].when = { finding: "eczema" }))).toEqual([
      "question 'onset': route 2: refers to unknown finding 'eczema'",
    ]);
    expect(problemsAfter((t) => (question(t, "feel").next[0].when = { rule: "look-alike" }))).toEqual([
      "question 'feel': route 1: refers to unknown rule 'look-alike'",
    ]);
    expect(problemsAfter((t) => (t.guidance[3].sources = ["AAD-KP"]))).toEqual([
      "guidance 'kp-short-showers': cites unknown source 'AAD-KP'",
    ]);
    expect(problemsAfter((t) => (t.guidance[3].for = ["keratosis"]))).toEqual([
      "guidance 'kp-short-showers': is for unknown finding 'keratosis'",
    ]);
  });

  it("reports a notFor that names an unknown finding, one the step is also for, or sits on a step not shared", () => {
    const moisturise = (t: Json): Json => t.guidance.find((g: Json) => g.id === "red-moisturise");
    expect(problemsAfter((t) => (moisturise(t).notFor = ["heat_rash", "prickly_heat"]))).toEqual([
      "guidance 'red-moisturise': notFor names unknown finding 'prickly_heat'",
    ]);
    expect(problemsAfter((t) => (moisturise(t).notFor = ["acne"]))).toEqual([
      "guidance 'red-moisturise': is both for and notFor finding 'acne'",
    ]);
    expect(problemsAfter((t) => delete moisturise(t).shared)).toEqual([
      "guidance 'red-moisturise': notFor only means something on a shared step",
    ]);
  });

  it("reports an operator that does not fit the question type", () => {
    expect(
      problemsAfter((t) => (question(t, "redness").next[0].when = { question: "where", equals: "cheeks" })),
    ).toEqual(["question 'redness': route 1: uses 'equals' on question 'where', which is a multi question"]);
  });

  it("reports a cycle", () => {
    expect(problemsAfter((t) => (question(t, "impact").next = [{ goto: "care_weeks" }]))).toEqual([
      "question 'care_weeks': is part of a cycle (care_weeks → progress → impact → care_weeks)",
    ]);
  });

  it("reports a question nothing routes to", () => {
    expect(problemsAfter((t) => (question(t, "care_weeks").next = [{ goto: "impact" }]))).toEqual([
      "question 'progress': cannot be reached from 'emergency'",
    ]);
  });

  it("reports a journey that can run out of routes", () => {
    expect(problemsAfter((t) => question(t, "feel").next.pop())).toEqual([
      "question 'feel': the last route needs no condition, or some journeys never end",
    ]);
  });

  it("reports a route that can never be taken", () => {
    expect(problemsAfter((t) => question(t, "feel").next.reverse())).toEqual([
      "question 'feel': route 1 has no condition, so the routes after it can never be taken",
      "question 'feel': the last route needs no condition, or some journeys never end",
    ]);
  });

  it("insists on the emergency screen first and the warning screen second", () => {
    expect(problemsAfter((t) => (t.start = "warning"))).toEqual([
      "start: the journey must start with the emergency screen 'emergency', not 'warning'",
      "question 'emergency': cannot be reached from 'warning'",
    ]);
    expect(problemsAfter((t) => (question(t, "emergency").next[1].goto = "redness"))).toEqual([
      "question 'emergency': must be followed by 'warning', not 'redness'",
      "question 'warning': cannot be reached from 'emergency'",
    ]);
    expect(problemsAfter((t) => delete question(t, "warning").exclusiveNone)).toEqual([
      "question 'warning': a safety screen must be a multi-choice question with an exclusive 'none of these'",
    ]);
    expect(problemsAfter((t) => (question(t, "warning").exclusiveNone = "nothing"))).toEqual([
      "question 'warning': exclusiveNone names 'nothing', which is not one of its options",
    ]);
  });

  it("checks the roles the code relies on", () => {
    expect(problemsAfter((t) => (t.roles.careWeeks = "progress"))).toEqual([
      "roles.careWeeks: question 'progress' must be a number question",
    ]);
    expect(problemsAfter((t) => (t.roles.homeCareProgress = "care_week"))).toEqual([
      "roles.homeCareProgress: unknown question 'care_week'",
    ]);
    expect(problemsAfter((t) => (t.roles.askedAgainOnRecheck = ["warning", "impacts"]))).toEqual([
      "roles.askedAgainOnRecheck: unknown question 'impacts'",
      "roles.askedAgainOnRecheck: must include the safety screen 'emergency'",
    ]);
    expect(problemsAfter((t) => (t.roles.warningScreen = "wraning"))).toEqual([
      "roles.askedAgainOnRecheck: must include the safety screen 'wraning'",
      "question 'emergency': must be followed by 'wraning', not 'warning'",
      "roles.warningScreen: the safety screen 'wraning' is missing",
    ]);
    expect(problemsAfter((t) => delete t.roles)).toEqual([
      "tree: roles: Invalid input: expected object, received undefined",
    ]);
    expect(problemsAfter((t) => (t.emergencyAdvice.sources = ["NHS-CEL"]))).toEqual([
      "emergencyAdvice: cites unknown source 'NHS-CEL'",
    ]);
  });

  it("reports a finding that could end in self-care without a check-back window", () => {
    expect(problemsAfter((t) => delete t.findings[0].checkBack)).toEqual([
      "finding 'keratosis_pilaris': needs a checkBack window, because keratosis_pilaris can end in self-care",
    ]);
  });

  it("refuses a finding that refers to another finding", () => {
    expect(problemsAfter((t) => (t.findings[1].when = { finding: "keratosis_pilaris" }))).toEqual([
      "finding 'enlarged_pores': may not refer to finding 'keratosis_pilaris'",
    ]);
  });

  it("fails a care step that recommends a retinoid without the flag, but not one that warns against them", () => {
    expect(
      problemsAfter((t) => {
        const item = t.guidance.find((g: { id: string }) => g.id === "pores-retinoids-vitamin-c");
        if (item) delete item.retinoid;
      }),
    ).toEqual([
      `guidance 'pores-retinoids-vitamin-c': names a retinoid, so it needs "retinoid": true (and a when that leaves out pregnancy)`,
    ]);
    expect(
      problemsAfter((t) =>
        t.guidance.find((g: { id: string; text: string }) => g.id === "kp-niacinamide" && (g.text = "Use retinol.")),
      ),
    ).toHaveLength(1);
    expect(problemsAfter(() => undefined)).toEqual([]);
  });

  it("names each kind of node that is defined twice", () => {
    expect(
      problemsAfter((t) => t.questions.push({ ...structuredClone(question(t, "impact")), next: [{ goto: "end" }] })),
    ).toEqual(["question 'impact' is defined more than once"]);
    expect(problemsAfter((t) => t.rules.push(structuredClone(t.rules[1])))).toEqual([
      "rule 'emergency-signs' is defined more than once",
    ]);
    expect(problemsAfter((t) => t.guidance.push(structuredClone(t.guidance[0])))).toEqual([
      "guidance item 'red-gentle-wash' is defined more than once",
    ]);
    expect(problemsAfter((t) => t.sources.push(structuredClone(t.sources[0])))).toEqual([
      "source 'SEED-RED' is defined more than once",
    ]);
  });

  it("reports a number question whose range is upside down, and allows a single value", () => {
    expect(problemsAfter((t) => (question(t, "care_weeks").min = 200))).toEqual([
      "question 'care_weeks': min 200 is above max 104",
    ]);
    expect(problemsAfter((t) => (question(t, "care_weeks").min = 104))).toEqual([]);
  });

  it("reports a route back to the same question", () => {
    expect(problemsAfter((t) => (question(t, "impact").next = [{ goto: "impact" }]))).toEqual([
      "question 'impact': route 1 goes back to the same question",
    ]);
  });

  it("keeps rules, findings and care steps to the references they may make", () => {
    expect(problemsAfter((t) => (t.rules[4].when = { rule: "emergency-signs" }))).toEqual([
      "rule 'folliculitis-weak-immunity': may not refer to rule 'emergency-signs'",
    ]);
    expect(problemsAfter((t) => (t.findings[0].when = { rule: "lookalike" }))).toEqual([
      "finding 'keratosis_pilaris': may not refer to rule 'lookalike'",
    ]);
    expect(problemsAfter((t) => (t.guidance[0].when = { finding: "acne" }))).toEqual([
      "guidance 'red-gentle-wash': may not refer to finding 'acne'",
    ]);
    expect(problemsAfter((t) => (t.guidance[0].when = { rule: "lookalike" }))).toEqual([
      "guidance 'red-gentle-wash': may not refer to rule 'lookalike'",
    ]);
    expect(problemsAfter((t) => (t.guidance[0].when = { question: "look", includes: "rough" }))).toEqual([
      "guidance 'red-gentle-wash': uses 'includes' on question 'look', which is a single question",
    ]);
    expect(problemsAfter((t) => (t.guidance[0].when = { question: "where", includes: "knees" }))).toEqual([
      "guidance 'red-gentle-wash': refers to unknown option 'knees' of question 'where'",
    ]);
    expect(problemsAfter((t) => (t.guidance[0].when = { question: "care_weeks", atLeast: 2 }))).toEqual([]);
    expect(problemsAfter((t) => (t.urgencies.urgent.sources = ["NHS-CEL"]))).toEqual([
      "urgency 'urgent': cites unknown source 'NHS-CEL'",
    ]);
  });

  it("names the list and position of an item without an id, and the path inside it", () => {
    expect(problemsAfter((t) => delete t.sources[1].id)).toEqual([
      "source '#2': id: Invalid input: expected string, received undefined",
    ]);
    expect(problemsAfter((t) => (question(t, "look").options[2].label = ""))).toEqual([
      "question 'look': options[2].label: must not be empty",
    ]);
    expect(problemsAfter((t) => (t.selfCare.explain = ""))).toEqual(["tree: selfCare.explain: must not be empty"]);
  });
});
