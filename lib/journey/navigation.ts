import type { FinishedWalk, Walk } from "./walk";

/**
 * Where the person can be, worked out from one walk of their answers: every function here takes the walk a
 * page already has, so a render walks the journey once (as GOV.UK Forms' Journey does).
 */
export type Page =
  { kind: "start" } | { kind: "question"; id: string } | { kind: "check-answers" } | { kind: "result" };

/** Safety-screen outcomes go straight to the result: no "check your answers" between a person and help. */
function finishedPage(result: FinishedWalk): Page {
  return result.outcome.condition === "not_assessed" ? { kind: "result" } : { kind: "check-answers" };
}

/** The page that belongs to the answers: the next unanswered (or invalid) question, or the end of the journey. */
export function currentPage(result: Walk): Page {
  if (result.status === "asking") return { kind: "question", id: result.next.id };
  if (result.status === "invalid") return { kind: "question", id: result.error.question };
  return finishedPage(result);
}

/**
 * Where Continue leads after answering `questionId` (the walk is of the answers including it). Normally the
 * next question on the path (already answered if the person went back); when changing an answer from "check
 * your answers", straight back there unless the change opened questions that still need answers.
 */
export function pageAfter(result: Walk, questionId: string, changing: boolean): Page {
  // A journey stopped at a safety screen ends on that screen, so nothing follows it: straight to the result.
  const following = changing ? undefined : result.path[result.path.indexOf(questionId) + 1];
  return following ? { kind: "question", id: following } : currentPage(result);
}

/**
 * Whether the page may be shown for these answers (GOV.UK Forms' can_visit?); if not, where to go instead.
 * A question may be shown when it is on the path or is the next to answer; check answers and the result
 * once the journey is done. A result page with nothing answered sends the person to the start page.
 */
export function redirectFor(result: Walk, page: Page): Page | undefined {
  const here = currentPage(result);
  if (page.kind === "start") return undefined;
  if (page.kind === "question") {
    const visitable = result.path.includes(page.id) || (here.kind === "question" && here.id === page.id);
    return visitable ? undefined : here;
  }
  if (result.status === "done") return undefined;
  return page.kind === "result" && result.status === "asking" && result.path.length === 0 ? { kind: "start" } : here;
}

/** "Question N": the position on the current path, which is exact whatever branch comes next. */
export function questionNumber(result: Walk, questionId: string): number {
  const index = result.path.indexOf(questionId);
  return (index === -1 ? result.path.length : index) + 1;
}

/** The question before this one on the path, for the Back link. */
export function previousQuestion(result: Walk, questionId: string): string | undefined {
  const index = result.path.indexOf(questionId);
  return index === -1 ? result.path[result.path.length - 1] : result.path[index - 1];
}
