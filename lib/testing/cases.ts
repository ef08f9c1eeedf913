import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "../zod-config";
import { caseSchema } from "../triage/cases";

/**
 * The cases in decision-tree/cases/, read for the unit and end-to-end tests alike. Each is a story, the
 * answers, and the outcome the clinical rules require (docs/clinical-rules.md): urgency, condition, the
 * check-back window, the deciding rule, the reasons as "question=option" (or "question=number"), and the ids
 * of the care steps. The expectations are written in the case file, never worked out by the engine under test.
 */
export const expectedCaseSchema = caseSchema.extend({
  id: z.string(),
  story: z.string(),
  expect: z.strictObject({
    urgency: z.string(),
    condition: z.string(),
    checkBackWeeks: z.number().optional(),
    rule: z.string().optional(),
    reasons: z.array(z.string().regex(/^[a-z0-9_]+=[a-z0-9_]+$/)).min(1),
    guidance: z.array(z.string()),
  }),
});
export type ExpectedCase = z.infer<typeof expectedCaseSchema>;

export const casesDir = path.resolve(import.meta.dirname, "../../decision-tree/cases");

export function loadCases(): ExpectedCase[] {
  return readdirSync(casesDir)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .flatMap((file) => z.array(expectedCaseSchema).parse(JSON.parse(readFileSync(path.join(casesDir, file), "utf8"))));
}

/** An expected reason, "look=rash", as the question and the option (or number) it names. */
export function splitReason(reason: string): { question: string; value: string } {
  const [question = "", value = ""] = reason.split("=");
  return { question, value };
}
