import { z } from "../zod-config";
import type { Tree } from "../tree/schema";
import { walk } from "../journey/walk";

const answerValue = z.union([z.string(), z.array(z.string()), z.number()]);

/** One case: an optional id and the answers; other fields (a story, the expected outcome) are allowed. */
export const caseSchema = z.looseObject({
  id: z.string().optional(),
  answers: z.record(z.string(), answerValue),
});
export const caseFileSchema = z.union([caseSchema, z.array(caseSchema)]);
export type Case = z.infer<typeof caseSchema>;

export type TriageLine =
  | {
      id: string;
      urgency: string;
      condition: string;
      seeDermatologist: boolean;
      checkBackWeeks: number | null;
      rule: string;
      asked: string[];
      reasons: { question: string; text: string }[];
      guidance: string[];
    }
  | { id: string; error: string };

/** Runs one case through the engine. A case that stops short or has a bad answer becomes an error line. */
export function triageCase(tree: Tree, triageCase: Case, fallbackId: string): TriageLine {
  const id = triageCase.id ?? fallbackId;
  const result = walk(tree, triageCase.answers);
  if (result.status === "asking") return { id, error: `missing answer for question '${result.next.id}'` };
  if (result.status === "invalid") return { id, error: result.error.message };
  const { outcome } = result;
  return {
    id,
    urgency: outcome.urgency,
    condition: outcome.condition,
    seeDermatologist: outcome.seeDermatologist,
    checkBackWeeks: outcome.checkBackWeeks ?? null,
    rule: outcome.rule,
    asked: result.path,
    reasons: outcome.reasons,
    guidance: outcome.guidance.map((g) => g.id),
  };
}

/** Reads one file's text into triage lines; unreadable JSON or a wrong shape becomes one error line naming the file. */
export function triageFile(tree: Tree, fileName: string, text: string): TriageLine[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return [{ id: fileName, error: `${fileName} is not valid JSON: ${(error as Error).message}` }];
  }
  const parsed = caseFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join(".") || "(top level)";
    return [{ id: fileName, error: `${fileName} is not a case or a list of cases: ${where}: ${issue?.message}` }];
  }
  const cases = Array.isArray(parsed.data) ? parsed.data : [parsed.data];
  return cases.map((c, index) => triageCase(tree, c, `${fileName}#${index + 1}`));
}
