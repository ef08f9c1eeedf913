import { realOptions } from "../journey/answer-rule";
import type { ChoiceQuestion, Option, Question, Roles, Tree } from "./schema";

type SingleRole = Exclude<keyof Roles, "askedAgainOnRecheck">;

/** The question that plays a role, such as "the weeks-of-care question". The tree check guarantees it exists. */
export function questionFor(tree: Tree, role: SingleRole): Question {
  const id = tree.roles[role];
  const question = tree.questions.find((q) => q.id === id);
  if (!question) throw new Error(`the tree names no question '${id}' for the role ${role}`);
  return question;
}

/** A safety screen: a multi-choice question of signs with a "none of these" (the tree check insists). */
export function safetyScreen(tree: Tree, role: "emergencyScreen" | "warningScreen"): ChoiceQuestion {
  const question = questionFor(tree, role);
  if (question.type === "number") throw new Error(`the ${role} '${question.id}' must be a choice question`);
  return question;
}

/** The emergency screen, then the warning screen. */
export function safetyScreens(tree: Tree): ChoiceQuestion[] {
  return [safetyScreen(tree, "emergencyScreen"), safetyScreen(tree, "warningScreen")];
}

/** The warning signs, which every self-care result lists as reasons to get help sooner. */
export function warningSigns(tree: Tree): Option[] {
  return realOptions(safetyScreen(tree, "warningScreen"));
}

/** Whether a question is asked again at a re-check; the other answers carry over from the first check. */
export function askedAgainOnRecheck(tree: Tree, questionId: string): boolean {
  return tree.roles.askedAgainOnRecheck.includes(questionId);
}
