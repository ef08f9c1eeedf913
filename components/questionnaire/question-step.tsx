"use client";

import { useRouter } from "next/navigation";
import type { AnswerValue } from "../../lib/journey/answers";
import { pageAfter, previousQuestion, questionNumber } from "../../lib/journey/navigation";
import { walk } from "../../lib/journey/walk";
import { formatIsoDate, localIsoDate, weeksOfCare } from "../../lib/recheck/dates";
import { pageHref } from "../../lib/routes";
import type { Question, Source } from "../../lib/tree/schema";
import { saveAnswer, useAskAgain, useFirstCheck } from "../common/browser-state/answers-store";
import { useJourney } from "../common/browser-state/use-journey";
import { usePageHeading } from "../common/browser-state/visit-history";
import { BackLink } from "../common/back-link";
import { useLocale, useRoutes, useT } from "../common/locale-context";
import { useTree } from "../common/tree-context";
import { goWithinQuestionnaire, useDocumentTitle } from "./questionnaire-address";
import { QuestionForm } from "./question-form";

/** One question of the questionnaire, with its form; Continue moves to the next page at once. */
export function QuestionStep({ question, sources }: { question: Question; sources: readonly Source[] }) {
  const tree = useTree();
  const t = useT();
  const locale = useLocale();
  const routes = useRoutes();
  const router = useRouter();
  const journey = useJourney({ kind: "question", id: question.id });
  const heading = usePageHeading<HTMLHeadingElement>(journey !== null);
  const first = useFirstCheck();
  const askAgain = useAskAgain();
  // On a re-check the weeks of care follow from the start date; the person can still correct them.
  const suggestedWeeks =
    question.id === tree.roles.careWeeks && first ? weeksOfCare(first.startDate, localIsoDate(new Date())) : undefined;
  const initial = journey?.answers[question.id] ?? suggestedWeeks;
  useDocumentTitle(question.title);

  const previous = journey && previousQuestion(journey.walk, question.id);
  const number = journey && questionNumber(journey.walk, question.id);

  const onAnswer = (value: AnswerValue) => {
    const changing = new URLSearchParams(window.location.search).has("change");
    const next = pageAfter(walk(tree, saveAnswer(question.id, value, locale, tree.version)), question.id, changing);
    if (next.kind === "result") router.push(pageHref(next, locale));
    else goWithinQuestionnaire(next.kind === "question" ? routes.question(next.id, changing) : pageHref(next, locale));
  };

  return (
    <main id="main-content" className="main" data-question={question.id}>
      <BackLink fallback={previous ? routes.question(previous) : routes.start} />
      <p className="caption" aria-live="off">
        {number ? t("question.number", { number }) : " "}
      </p>
      {!journey?.redirect && (
        <QuestionForm
          // The prerendered form is blank; rebuild it only when a stored answer or a worked-out value must fill
          // it, so a first visit does not redo the form's work in a blocking render after hydration.
          key={initial === undefined ? "blank" : "filled"}
          question={question}
          initial={initial}
          note={
            askAgain === question.id
              ? t("question.questionsChanged")
              : suggestedWeeks !== undefined &&
                first &&
                t("question.weeksFilledIn", { date: formatIsoDate(first.startDate, locale), weeks: suggestedWeeks })
          }
          heading={heading}
          sources={sources}
          onAnswer={onAnswer}
        />
      )}
    </main>
  );
}
