import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "../zod-config";
import { tree } from "../tree/load";
import { caseSchema, triageFile } from "./cases";

const casesDir = path.resolve(import.meta.dirname, "../../decision-tree/cases");
const expectedSchema = caseSchema.extend({
  id: z.string(),
  story: z.string(),
  expect: z.strictObject({
    urgency: z.string(),
    condition: z.string(),
    checkBackWeeks: z.number().optional(),
    rule: z.string().optional(),
  }),
});
const cases = readdirSync(casesDir)
  .filter((f) => f.endsWith(".json"))
  .flatMap((f) => z.array(expectedSchema).parse(JSON.parse(readFileSync(path.join(casesDir, f), "utf8"))));

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
    const [line] = triageFile(tree, "case", JSON.stringify(testCase));
    expect(line).toMatchObject({ ...testCase.expect, asked: Object.keys(testCase.answers) });
    if (line && "urgency" in line && line.urgency !== "self_care") expect(line.checkBackWeeks).toBeNull();
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
