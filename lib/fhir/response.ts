import type { QuestionnaireResponse, QuestionnaireResponseItem } from "@medplum/fhirtypes";
import { checkAnswer } from "../journey/answer-rule";
import type { Answers, AnswerValue } from "../journey/answers";
import { walk, type FinishedWalk } from "../journey/walk";
import { isRecord } from "../is-record";
import type { IsoDate } from "../recheck/dates";
import type { Tree } from "../tree/schema";
import { CODE_SYSTEM_URL, optionCode, QUESTIONNAIRE_URL } from "./canonical";

/** The canonical reference to the Questionnaire these answers were given to, version included. */
export const questionnaireReference = (tree: Tree) => `${QUESTIONNAIRE_URL}|${tree.version}`;

/** A finished journey as a QuestionnaireResponse: one item per question on the path, in order, dated when known. */
export function responseFromJourney(tree: Tree, journey: FinishedWalk, authored?: IsoDate): QuestionnaireResponse {
  const item = journey.path.flatMap((id): QuestionnaireResponseItem[] => {
    const question = tree.questions.find((q) => q.id === id);
    const value = journey.answers[id];
    if (!question || value === undefined) return [];
    if (question.type === "number")
      return [{ linkId: id, text: question.title, answer: [{ valueInteger: Number(value) }] }];
    const chosen = typeof value === "string" ? [value] : Array.isArray(value) ? value : [];
    return [
      {
        linkId: id,
        text: question.title,
        answer: chosen.map((optionId) => ({
          valueCoding: {
            system: CODE_SYSTEM_URL,
            code: optionCode(question, optionId),
            display: question.options.find((o) => o.id === optionId)?.label,
          },
        })),
      },
    ];
  });
  return {
    resourceType: "QuestionnaireResponse",
    status: "completed",
    questionnaire: questionnaireReference(tree),
    ...(authored ? { authored } : {}),
    item,
  };
}

/**
 * What is wrong with answers read back, for a message in the person's language: not our questionnaire's
 * completed answers, a question we do not ask, an answer that is not one of its options (or not a whole
 * number in range), a question left unanswered, or a question the engine would not ask.
 */
export type ResponseProblem =
  { kind: "not-ours" } | { kind: "unknown-question" | "not-an-option" | "unanswered" | "not-asked"; question: string };

export type ImportedJourney =
  { ok: true; answers: Answers; result: FinishedWalk } | { ok: false; error: string; problem: ResponseProblem };

/**
 * Reads a QuestionnaireResponse back into answers and recomputes the outcome with the engine, as the
 * handout does for a link: only a complete journey of our Questionnaire's version comes back; anything
 * else is an error that names the item, never a guess and never an outcome read from the file.
 */
export function journeyFromResponse(tree: Tree, resource: unknown): ImportedJourney {
  const fail = (error: string, problem: ResponseProblem = { kind: "not-ours" }): ImportedJourney => ({
    ok: false,
    error,
    problem,
  });
  if (!isRecord(resource) || resource.resourceType !== "QuestionnaireResponse") {
    return fail("this is not a QuestionnaireResponse");
  }
  if (resource.questionnaire !== questionnaireReference(tree)) {
    return fail(`it answers '${String(resource.questionnaire)}', not ${questionnaireReference(tree)}`);
  }
  if (resource.status !== "completed") return fail(`its status is '${String(resource.status)}', not 'completed'`);
  const items: unknown[] = Array.isArray(resource.item) ? resource.item : [];
  const answers: Record<string, AnswerValue> = {};
  for (const [index, entry] of items.entries()) {
    const linkId = isRecord(entry) && typeof entry.linkId === "string" ? entry.linkId : undefined;
    const where = `item ${index + 1}${linkId ? ` ('${linkId}')` : ""}`;
    const question = tree.questions.find((q) => q.id === linkId);
    if (!isRecord(entry) || !question) {
      return fail(`${where} is not one of our questions`, { kind: "unknown-question", question: linkId ?? "" });
    }
    const notAnOption = { kind: "not-an-option", question: question.id } as const;
    if (question.id in answers) return fail(`${where} answers the question a second time`, notAnOption);
    const values: unknown[] = Array.isArray(entry.answer) ? entry.answer : [];
    const read = values.map((answer) => readValue(question.id, question.type === "number", answer));
    if (read.some((value) => value === undefined)) {
      return fail(`${where} has an answer that is not one of its options`, notAnOption);
    }
    // One value for a single choice or a number; more than one (or none) is left as a list for the rule to refuse.
    const value = question.type !== "multi" && read.length === 1 ? read[0] : read;
    const checked = checkAnswer(question, value);
    if (!checked.ok) return fail(`${where} ${checked.problem.developer}`, notAnOption);
    answers[question.id] = checked.value;
  }
  const result = walk(tree, answers);
  if (result.status === "asking") {
    return fail(`it has no answer for question '${result.next.id}'`, { kind: "unanswered", question: result.next.id });
  }
  if (result.status === "invalid") {
    return fail(result.error.message, { kind: "not-an-option", question: result.error.question });
  }
  const offPath = Object.keys(answers).filter((id) => !result.path.includes(id));
  if (offPath.length > 0) {
    return fail(`it answers questions that are not asked: ${offPath.join(", ")}`, {
      kind: "not-asked",
      question: offPath[0] ?? "",
    });
  }
  return { ok: true, answers, result };
}

/** One answer's value: a whole number, or the option id of one of our codes for this question. */
function readValue(questionId: string, number: boolean, answer: unknown): string | number | undefined {
  if (!isRecord(answer)) return undefined;
  if (number) return typeof answer.valueInteger === "number" ? answer.valueInteger : undefined;
  const coding = answer.valueCoding;
  if (!isRecord(coding) || coding.system !== CODE_SYSTEM_URL || typeof coding.code !== "string") return undefined;
  const prefix = `${questionId}.`;
  return coding.code.startsWith(prefix) ? coding.code.slice(prefix.length) : undefined;
}

/**
 * The check in a Bundle we exported: its first QuestionnaireResponse (a re-check's first check comes after
 * it), read back as journeyFromResponse does.
 */
export function journeyFromBundle(tree: Tree, resource: unknown): ImportedJourney {
  if (!isRecord(resource) || resource.resourceType !== "Bundle" || !Array.isArray(resource.entry)) {
    return { ok: false, error: "this is not a Bundle", problem: { kind: "not-ours" } };
  }
  const response = resource.entry
    .map((entry: unknown) => (isRecord(entry) ? entry.resource : undefined))
    .find((r: unknown) => isRecord(r) && r.resourceType === "QuestionnaireResponse");
  return response === undefined
    ? { ok: false, error: "the Bundle holds no QuestionnaireResponse", problem: { kind: "not-ours" } }
    : journeyFromResponse(tree, response);
}
