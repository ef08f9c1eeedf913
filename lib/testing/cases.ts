import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "../zod-config";
import { caseSchema, expectSchema } from "../triage/cases";

/**
 * The cases in decision-tree/cases/, read for the unit and end-to-end tests alike. Each is a story, the
 * answers, and the outcome the clinical rules require (expectSchema). The expectations are written in the case
 * file, never worked out by the engine under test.
 */
export const expectedCaseSchema = caseSchema.extend({ id: z.string(), story: z.string(), expect: expectSchema });
export type ExpectedCase = z.infer<typeof expectedCaseSchema>;

export const casesDir = path.resolve(import.meta.dirname, "../../decision-tree/cases");

export function loadCases(): ExpectedCase[] {
  return readdirSync(casesDir)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .flatMap((file) => z.array(expectedCaseSchema).parse(JSON.parse(readFileSync(path.join(casesDir, file), "utf8"))));
}
