import type { Answers } from "../journey/answers";
import type { Tree } from "../tree/schema";
import { isCloseUp, type CloseUp } from "./catalog";

/**
 * The close-up of the look the person chose, for the result to show beside "what it looks most like": the last
 * pictured answer, since the redness question's drawings come before the look's.
 */
export function chosenCloseUp(tree: Tree, answers: Answers): CloseUp | undefined {
  let chosen: CloseUp | undefined;
  for (const question of tree.questions) {
    if (question.type === "number" || question.pictures !== "close-ups") continue;
    const picture = question.options.find((option) => option.id === answers[question.id])?.picture;
    if (isCloseUp(picture)) chosen = picture;
  }
  return chosen;
}
