"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import type { AnswerValue } from "../lib/journey/answers";
import { pageAfter, previousQuestion, questionNumber, redirectForQuestion } from "../lib/journey/navigation";
import type { Question, Source } from "../lib/tree/schema";
import { formatIsoDate, localIsoDate, weeksOfCare } from "../lib/recheck/dates";
import { saveAnswer, readAnswers, useAnswers, useFirstCheck } from "./answers-store";
import { BackLink } from "./back-link";
import { pageHref, questionHref } from "./page-href";
import { QuestionForm } from "./question-form";
import { useTree } from "./tree-context";
import { usePageHeading } from "./visit-history";

/**
 * One question. Its words come from the page (`question`, `sources`); where Continue leads comes from the
 * routing-only tree in context, so the page ships no words it does not show.
 */
export function QuestionPage({ question, sources }: { question: Question; sources: readonly Source[] }) {
  const tree = useTree();
  const questionId = question.id;
  const answers = useAnswers();
  const router = useRouter();
  const heading = usePageHeading<HTMLHeadingElement>(answers !== null);
  const first = useFirstCheck();
  // On a re-check the weeks of care follow from the start date; the person can still correct them.
  const suggestedWeeks =
    questionId === "care_weeks" && first ? weeksOfCare(first.startDate, localIsoDate(new Date())) : undefined;
  const redirect = answers ? redirectForQuestion(tree, answers, questionId) : undefined;
  const redirectHref = redirect && pageHref(redirect);

  useEffect(() => {
    if (redirectHref) router.replace(redirectHref);
  }, [redirectHref, router]);

  // Every page of the questionnaire is a small static file: fetch them all once, so that Continue never
  // waits for the network. Nothing about the person is in these requests.
  useEffect(() => {
    const prefetchAll = () => {
      for (const q of tree.questions) router.prefetch(questionHref(q.id));
      router.prefetch("/check-answers/");
      router.prefetch("/result/");
    };
    // Once the page is idle, so the first paint and the first tap are never slowed by it.
    if (typeof window.requestIdleCallback !== "function") return prefetchAll();
    const handle = window.requestIdleCallback(prefetchAll, { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }, [router, tree]);

  const previous = answers ? previousQuestion(tree, answers, questionId) : undefined;
  const number = answers ? questionNumber(tree, answers, questionId) : undefined;

  const onAnswer = (value: AnswerValue) => {
    saveAnswer(questionId, value);
    const changing = new URLSearchParams(window.location.search).has("change");
    const next = pageAfter(tree, readAnswers(), questionId, changing);
    router.push(next.kind === "question" && changing ? questionHref(next.id, true) : pageHref(next));
  };

  return (
    <main id="main-content" className="main" data-question={questionId}>
      <BackLink fallback={previous ? questionHref(previous) : "/"} />
      <p className="caption" aria-live="off">
        {number ? `Question ${number}` : " "}
      </p>
      {!redirectHref && (
        <QuestionForm
          key={answers ? "answers-loaded" : "server"}
          question={question}
          initial={answers?.[questionId] ?? suggestedWeeks}
          note={
            suggestedWeeks !== undefined &&
            first &&
            `You started home care on ${formatIsoDate(first.startDate)}, so we have filled in ${suggestedWeeks}. Change it if it is not right.`
          }
          heading={heading}
          sources={sources}
          onAnswer={onAnswer}
        />
      )}
    </main>
  );
}
