import { z } from "../zod-config";
import type { Tree } from "../tree/schema";
import { walk } from "../journey/walk";
import { countStatement } from "../journey/outcome";
import { careStepsAsShown, stepsShownFirst } from "../report/care-order";

const answerValue = z.union([z.string(), z.array(z.string()), z.number()]);

/**
 * What the clinical rules require of a case (docs/clinical-rules.md): urgency, condition, the finding it looks
 * most like, the check-back window, the deciding rule, the reasons as "question=option" (or "question=number")
 * and the ids of the care steps, in order. Written by hand, never worked out by the engine under test.
 */
export const expectSchema = z.strictObject({
  urgency: z.string(),
  condition: z.string(),
  finding: z.string().optional(),
  checkBackWeeks: z.number().optional(),
  rule: z.string().optional(),
  reasons: z.array(z.string().regex(/^[a-z0-9_]+=[a-z0-9_]+$/)).min(1),
  guidance: z.array(z.string()),
  /** The care steps the result shows before "Show all", in the order shown (what to do, then what not to). */
  firstSteps: z.array(z.string()).optional(),
});
export type Expected = z.infer<typeof expectSchema>;

/** One case: an optional id and the answers, and optionally what the rules require; other fields (a story) are allowed. */
export const caseSchema = z.looseObject({
  id: z.string().optional(),
  answers: z.record(z.string(), answerValue),
  expect: expectSchema.optional(),
});
export const caseFileSchema = z.union([caseSchema, z.array(caseSchema)]);
export type Case = z.infer<typeof caseSchema>;

export type TriageOutcome = {
  id: string;
  urgency: string;
  condition: string;
  /** The finding the answers look most like (an id of the tree's findings), or null after a safety screen. */
  finding: string | null;
  seeDermatologist: boolean;
  checkBackWeeks: number | null;
  rule: string;
  asked: string[];
  reasons: { question: string; text: string }[];
  guidance: string[];
  firstSteps: string[];
};
export type TriageLine = TriageOutcome | { id: string; error: string };

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
    finding: outcome.finding?.id ?? null,
    seeDermatologist: outcome.seeDermatologist,
    checkBackWeeks: outcome.checkBackWeeks ?? null,
    rule: outcome.rule,
    asked: result.path,
    reasons: outcome.reasons,
    guidance: outcome.guidance.map((g) => g.id),
    firstSteps: careStepsAsShown(outcome.guidance)
      .slice(0, stepsShownFirst)
      .map((g) => g.id),
  };
}

/** Reads one file's text into its cases; unreadable JSON or a wrong shape is one error naming the file. */
export function readCaseFile(fileName: string, text: string): { cases: Case[] } | { error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { error: `${fileName} is not valid JSON: ${(error as Error).message}` };
  }
  const parsed = caseFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join(".") || "(top level)";
    return { error: `${fileName} is not a case or a list of cases: ${where}: ${issue?.message}` };
  }
  return { cases: Array.isArray(parsed.data) ? parsed.data : [parsed.data] };
}

/** Reads one file's text into triage lines; unreadable JSON or a wrong shape becomes one error line naming the file. */
export function triageFile(tree: Tree, fileName: string, text: string): TriageLine[] {
  const read = readCaseFile(fileName, text);
  if ("error" in read) return [{ id: fileName, error: read.error }];
  return read.cases.map((c, index) => triageCase(tree, c, `${fileName}#${index + 1}`));
}

/** An expected reason, "look=rash", as the question and the option (or number) it names. */
export function splitReason(reason: string): { question: string; value: string } {
  const [question = "", value = ""] = reason.split("=");
  return { question, value };
}

/** An expected reason, "look=rash", as the engine says it: the option's statement, or the number's. */
export function reasonText(tree: Tree, reason: string): { question: string; text: string } {
  const { question, value } = splitReason(reason);
  const asked = tree.questions.find((q) => q.id === question);
  if (!asked) return { question, text: `(unknown question '${question}')` };
  const text =
    asked.type === "number"
      ? countStatement(asked, value)
      : (asked.options.find((o) => o.id === value)?.statement ?? `(unknown option '${value}')`);
  return { question, text };
}

/**
 * Where the engine's outcome differs from what the case expects, one sentence each (npm run triage -- --check).
 * Fields the case leaves out are not compared; answers off the engine's path are a difference too.
 */
export function differences(tree: Tree, line: TriageOutcome, triageCase: Case): string[] {
  const expected = triageCase.expect;
  if (!expected) return ["has no expect to compare with"];
  const found: string[] = [];
  const compare = (field: string, want: unknown, got: unknown) => {
    if (want !== undefined && JSON.stringify(want) !== JSON.stringify(got)) {
      found.push(`${field}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
    }
  };
  compare("urgency", expected.urgency, line.urgency);
  compare("condition", expected.condition, line.condition);
  compare("finding", expected.finding, line.finding);
  // Only self-care has a check-back date: elsewhere a case that names none expects none.
  compare(
    "checkBackWeeks",
    expected.checkBackWeeks ?? (line.urgency === "self_care" ? undefined : null),
    line.checkBackWeeks,
  );
  compare("rule", expected.rule, line.rule);
  compare(
    "reasons",
    expected.reasons.map((reason) => reasonText(tree, reason).text),
    line.reasons.map((reason) => reason.text),
  );
  compare("guidance", expected.guidance, line.guidance);
  compare("firstSteps", expected.firstSteps, line.firstSteps);
  const offPath = Object.keys(triageCase.answers).filter((question) => !line.asked.includes(question));
  if (offPath.length > 0) found.push(`answers questions the engine does not ask: ${offPath.join(", ")}`);
  return found;
}
