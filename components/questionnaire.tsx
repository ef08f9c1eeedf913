"use client";

import { useEffect } from "react";
import type { Source } from "../lib/tree/schema";
import { CheckAnswers } from "./check-answers";
import { questionIdOf } from "./page-href";
import { warmQuestionForms } from "./question-form";
import { QuestionStep } from "./question-step";
import { useQuestionnaireAddress } from "./questionnaire-address";
import { useTree } from "./tree-context";

/**
 * The questions and "check your answers". Each has its own address and prerendered page, and whichever one
 * the browser loads can show all the others: moving between them only changes the address (see
 * goWithinQuestionnaire), so each step appears at once, with nothing to fetch.
 */
export function Questionnaire({ prerendered, sources }: { prerendered: string; sources: readonly Source[] }) {
  const tree = useTree();
  const address = useQuestionnaireAddress(prerendered);

  // Every question's form schema, built once the browser is idle so that the first paint is not slowed.
  useEffect(() => {
    if (typeof window.requestIdleCallback !== "function") return warmQuestionForms(tree.questions);
    const handle = window.requestIdleCallback(() => warmQuestionForms(tree.questions));
    return () => window.cancelIdleCallback(handle);
  }, [tree]);

  if (address === "/check-answers/") return <CheckAnswers key={address} />;
  const question = tree.questions.find((q) => q.id === questionIdOf(address));
  return question ? <QuestionStep key={question.id} question={question} sources={sources} /> : null;
}
