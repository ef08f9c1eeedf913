import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { casesDir, loadCases, splitReason } from "../testing/cases";
import { tree } from "../tree/load";
import { triageFile } from "./cases";

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

  it.each(cases.map((c) => [c.id, c] as const))("%s", (_id, testCase) => {
    const { reasons, ...decision } = testCase.expect;
    const [line] = triageFile(tree, "case", JSON.stringify(testCase));
    expect(line).toMatchObject({ ...decision, asked: Object.keys(testCase.answers) });
    if (!line || !("urgency" in line)) throw new Error(`case ${testCase.id} did not finish`);
    if (line.urgency !== "self_care") expect(line.checkBackWeeks).toBeNull();
    // Each expected reason names an answer the person gave; the engine's reason for it is that option's statement.
    expect(line.reasons).toEqual(
      reasons.map((reason) => {
        const { question, value } = splitReason(reason);
        const asked = tree.questions.find((q) => q.id === question);
        if (!asked) throw new Error(`case ${testCase.id}: unknown question '${question}'`);
        const text =
          asked.type === "number"
            ? asked.statement.replace("{value}", value)
            : asked.options.find((o) => o.id === value)?.statement;
        return { question, text };
      }),
    );
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
