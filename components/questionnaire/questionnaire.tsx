"use client";

import { questionIdOf } from "../../lib/routes";
import type { Source } from "../../lib/tree/schema";
import { useRoutes } from "../common/locale-context";
import { useTree } from "../common/tree-context";
import { CheckAnswers } from "./check-answers";
import { QuestionStep } from "./question-step";
import { useQuestionnaireAddress } from "./questionnaire-address";

/**
 * The questions and "check your answers". Each has its own address and prerendered page, and whichever one
 * the browser loads can show all the others: moving between them only changes the address (see
 * goWithinQuestionnaire), so each step appears at once, with nothing to fetch.
 */
export function Questionnaire({ prerendered, sources }: { prerendered: string; sources: readonly Source[] }) {
  const tree = useTree();
  const routes = useRoutes();
  const address = useQuestionnaireAddress(prerendered);

  const questionId = questionIdOf(address);

  if (address === routes.checkAnswers) return <CheckAnswers key={address} />;
  const question = tree.questions.find((q) => q.id === questionId);
  return question ? <QuestionStep key={question.id} question={question} sources={sources} /> : null;
}
