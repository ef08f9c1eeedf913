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
import { goWithinQuestionnaire, useDocumentTitle } from "./questionnaire-address";
import { QuestionForm } from "./question-form";
import { useTree } from "./tree-context";
import { usePageHeading } from "./visit-history";

/** One question of the questionnaire, with its form; Continue moves to the next page at once. */
export function QuestionStep({ question, sources }: { question: Question; sources: readonly Source[] }) {
  const tree = useTree();
  const questionId = question.id;
  const answers = useAnswers();
  const router = useRouter();
  const heading = usePageHeading<HTMLHeadingElement>(answers !== null);
  const first = useFirstCheck();
  // On a re-check the weeks of care follow from the start date; the person can still correct them.
  const suggestedWeeks =
    questionId === "care_weeks" && first ? weeksOfCare(first.startDate, localIsoDate(new Date())) : undefined;
  const initial = answers?.[questionId] ?? suggestedWeeks;
  const redirect = answers ? redirectForQuestion(tree, answers, questionId) : undefined;
  const redirectHref = redirect && pageHref(redirect);

  useEffect(() => {
    if (redirectHref) router.replace(redirectHref);
  }, [redirectHref, router]);

  useDocumentTitle(question.title);

  const previous = answers ? previousQuestion(tree, answers, questionId) : undefined;
  const number = answers ? questionNumber(tree, answers, questionId) : undefined;

  const onAnswer = (value: AnswerValue) => {
    saveAnswer(questionId, value);
    const changing = new URLSearchParams(window.location.search).has("change");
    const next = pageAfter(tree, readAnswers(), questionId, changing);
    if (next.kind === "result") router.push(pageHref(next));
    else goWithinQuestionnaire(next.kind === "question" ? questionHref(next.id, changing) : pageHref(next));
  };

  return (
    <main id="main-content" className="main" data-question={questionId}>
      <BackLink fallback={previous ? questionHref(previous) : "/"} />
      <p className="caption" aria-live="off">
        {number ? `Question ${number}` : " "}
      </p>
      {!redirectHref && (
        <QuestionForm
          // The prerendered form is blank; rebuild it only when a stored answer or a worked-out value must fill
          // it, so a first visit does not redo the form's work in a blocking render after hydration.
          key={initial === undefined ? "blank" : "filled"}
          question={question}
          initial={initial}
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
