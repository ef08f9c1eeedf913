import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { casesDir, loadCases } from "../testing/cases";
import { tree } from "../tree/load";
import { differences, reasonText, triageFile } from "./cases";

const cases = loadCases();

describe("decision-tree/cases", () => {
  it("covers every condition, urgency and check-back window", () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    const seen = (key: "urgency" | "condition") => new Set(cases.map((c) => c.expect[key]));
    expect([...seen("urgency")].sort()).toEqual(["appointment", "emergency", "self_care", "urgent"]);
    expect([...seen("condition")].sort()).toEqual([
      "contact_dermatitis",
      "enlarged_pores",
      "folliculitis",
      "keratosis_pilaris",
      "not_assessed",
      "unclear",
    ]);
    expect(new Set(cases.map((c) => c.expect.checkBackWeeks).filter(Boolean))).toEqual(new Set([1, 2, 3, 4]));
  });

  it("names the finding of every case that reaches one, and has a case for every finding", () => {
    for (const c of cases) expect(c.expect.finding === undefined, c.id).toBe(c.expect.condition === "not_assessed");
    const named = new Set(cases.map((c) => c.expect.finding));
    for (const finding of tree.findings) expect(named, `a case for finding '${finding.id}'`).toContain(finding.id);
  });

  it.each(cases.map((c) => [c.id, c] as const))("%s", (_id, testCase) => {
    const [line] = triageFile(tree, "case", JSON.stringify(testCase));
    if (!line || "error" in line) throw new Error(`case ${testCase.id} did not finish`);
    expect(differences(tree, line, testCase)).toEqual([]);
    expect(line.asked).toEqual(Object.keys(testCase.answers));
    if (line.urgency !== "self_care") expect(line.checkBackWeeks).toBeNull();
  });
});

describe("differences", () => {
  // An appointment whose journey ends early: milia is not red, so only five questions are asked.
  const milia = cases.find((c) => c.expect.finding === "milia");
  if (!milia) throw new Error("no milia case");
  const line = triageFile(tree, "case", JSON.stringify(milia))[0];
  if (!line || "error" in line) throw new Error("the milia case did not finish");

  it("names each field that differs, with what was expected and what came", () => {
    const wrong = {
      ...milia,
      expect: { ...milia.expect, finding: "insect_bites", urgency: "urgent", reasons: ["look=rash"] },
    };
    expect(differences(tree, line, wrong)).toEqual([
      `urgency: expected "urgent", got "${line.urgency}"`,
      `finding: expected "insect_bites", got "milia"`,
      `reasons: expected ${JSON.stringify([reasonText(tree, "look=rash").text])}, got ${JSON.stringify(line.reasons.map((r) => r.text))}`,
    ]);
  });

  it("names answers the engine would not ask for, and a case with nothing to compare", () => {
    const extra = { ...milia, answers: { ...milia.answers, age: "18_to_64" } };
    expect(differences(tree, line, extra)).toEqual(["answers questions the engine does not ask: age"]);
    expect(differences(tree, line, { answers: milia.answers })).toEqual(["has no expect to compare with"]);
  });

  it("expects no check-back date outside self-care, even when the case says nothing of one", () => {
    const appointment = { ...line, checkBackWeeks: 1 };
    expect(differences(tree, appointment, milia)).toContain("checkBackWeeks: expected null, got 1");
  });
});

describe("npm run triage", () => {
  it("prints one line per case and fails when any case fails", () => {
    const bin = path.resolve(import.meta.dirname, "../../node_modules/.bin/tsx");
    const script = path.resolve(import.meta.dirname, "../../scripts/triage.ts");
    const run = spawnSync(bin, [script, path.join(casesDir, "folliculitis.json"), "missing-file.json"], {
      encoding: "utf8",
    });
    const lines = run.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(9);
    expect(lines[0]).toMatchObject({ id: "folliculitis-after-shaving", urgency: "self_care", checkBackWeeks: 2 });
    expect(lines[8]).toEqual({ id: "missing-file.json", error: "cannot read missing-file.json: ENOENT" });
    expect(run.status).toBe(1);
  });

  it("with --check, prints each difference from a case's expect, and fails", () => {
    const bin = path.resolve(import.meta.dirname, "../../node_modules/.bin/tsx");
    const script = path.resolve(import.meta.dirname, "../../scripts/triage.ts");
    const [right, second] = cases;
    if (!right || !second) throw new Error("too few cases");
    const wrong = { ...second, expect: { ...second.expect, condition: "rosacea" } };
    const file = path.join(mkdtempSync(path.join(tmpdir(), "triage-")), "cases.json");
    writeFileSync(file, JSON.stringify([right, wrong]));
    const run = spawnSync(bin, [script, "--check", file], { encoding: "utf8" });
    expect(run.stdout.trim().split("\n")).toEqual([
      `${file}: ${second.id}: condition: expected "rosacea", got "${second.expect.condition}"`,
      "some cases differ from their expect",
    ]);
    expect(run.status).toBe(1);
  });

  it("names the first unanswered question on the path", () => {
    const answers = { emergency: ["none"], warning: ["none"], redness: "yes" };
    expect(triageFile(tree, "f.json", JSON.stringify({ id: "x", answers }))).toEqual([
      { id: "x", error: "missing answer for question 'look'" },
    ]);
  });

  it("names the file when the JSON cannot be read", () => {
    const [line] = triageFile(tree, "broken.json", "{oops");
    expect(line && "error" in line && line.error).toMatch(/^broken\.json is not valid JSON: /);
  });
});
