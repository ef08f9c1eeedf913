"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import type { Source } from "../lib/tree/schema";
import { CheckAnswers } from "./check-answers";
import { questionIdOf } from "./page-href";
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
  const router = useRouter();
  const address = useQuestionnaireAddress(prerendered);

  // The one page after the questionnaire, ready before it is needed. Nothing about the person is in it.
  useEffect(() => router.prefetch("/result/"), [router]);

  if (address === "/check-answers/") return <CheckAnswers key={address} />;
  const question = tree.questions.find((q) => q.id === questionIdOf(address));
  return question ? <QuestionStep key={question.id} question={question} sources={sources} /> : null;
}
