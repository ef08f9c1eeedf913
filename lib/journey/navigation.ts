import type { Tree } from "../tree/schema";
import type { Answers } from "./answers";
import { walk, type Walk } from "./walk";

/** A page of the questionnaire, independent of how the UI spells its URL. */
export type Page =
  { kind: "start" } | { kind: "question"; id: string } | { kind: "check-answers" } | { kind: "result" };

/** Safety-screen outcomes go straight to the result: no "check your answers" between a person and help. */
function finishedPage(result: Extract<Walk, { status: "done" }>): Page {
  return result.outcome.condition === "not_assessed" ? { kind: "result" } : { kind: "check-answers" };
}

/** The page that belongs to the current answers: the next unanswered question, or the end of the journey. */
export function currentPage(tree: Tree, answers: Answers): Page {
  const result = walk(tree, answers);
  if (result.status === "asking") return { kind: "question", id: result.next.id };
  if (result.status === "invalid") return { kind: "question", id: result.error.question };
  return finishedPage(result);
}

/**
 * Where Continue leads after answering `questionId`. Normally the next question on the path (already
 * answered if the person went back); when changing an answer from "check your answers", straight back there
 * unless the change opened questions that still need answers.
 */
export function pageAfter(tree: Tree, answers: Answers, questionId: string, changing: boolean): Page {
  const result = walk(tree, answers);
  if (result.status === "done" && result.outcome.condition === "not_assessed") return { kind: "result" };
  if (!changing) {
    const following = result.path[result.path.indexOf(questionId) + 1];
    if (following) return { kind: "question", id: following };
  }
  if (result.status === "asking") return { kind: "question", id: result.next.id };
  if (result.status === "invalid") return { kind: "question", id: result.error.question };
  return finishedPage(result);
}

/** Whether a question page may be shown; if not, the page to go to instead. */
export function redirectForQuestion(tree: Tree, answers: Answers, questionId: string): Page | undefined {
  const result = walk(tree, answers);
  if (result.path.includes(questionId)) return undefined;
  if (result.status === "asking" && result.next.id === questionId) return undefined;
  if (result.status === "invalid" && result.error.question === questionId) return undefined;
  return currentPage(tree, answers);
}

/** "Question N": the position on the current path, which is exact whatever branch comes next. */
export function questionNumber(tree: Tree, answers: Answers, questionId: string): number {
  const { path } = walk(tree, answers);
  const index = path.indexOf(questionId);
  return (index === -1 ? path.length : index) + 1;
}

/** The question before this one on the path, for the Back link. */
export function previousQuestion(tree: Tree, answers: Answers, questionId: string): string | undefined {
  const { path } = walk(tree, answers);
  const index = path.indexOf(questionId);
  return index === -1 ? path[path.length - 1] : path[index - 1];
}
