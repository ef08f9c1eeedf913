"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { answerTerms } from "../../lib/report/clinical";
import { useJourney } from "../common/browser-state/use-journey";
import { usePageHeading } from "../common/browser-state/visit-history";
import { BackLink } from "../common/back-link";
import { useRoutes, useT } from "../common/locale-context";
import { useTree } from "../common/tree-context";
import { onQuestionnaireLinkClick, useDocumentTitle } from "./questionnaire-address";

/** GOV.UK "Check your answers": only the answers on the current path, each with a Change link. */
export function CheckAnswers() {
  const tree = useTree();
  const t = useT();
  const routes = useRoutes();
  const router = useRouter();
  const journey = useJourney({ kind: "check-answers" });
  const result = journey?.walk.status === "done" ? journey.walk : undefined;
  const heading = usePageHeading<HTMLHeadingElement>(result !== undefined);

  useDocumentTitle(t("checkAnswers.title"));
  // The one page after the questionnaire, fetched while the person reads their answers (nothing about them
  // is in the request). Not earlier: on a question page it would compete with the page's own start-up. Once
  // the browser is idle, so that it does not hold up showing this page.
  useEffect(() => {
    if (typeof window.requestIdleCallback !== "function") return router.prefetch(routes.result);
    const handle = window.requestIdleCallback(() => router.prefetch(routes.result));
    return () => window.cancelIdleCallback(handle);
  }, [router, routes.result]);

  if (!result) return <main id="main-content" className="main" />;
  const last = result.path[result.path.length - 1];
  return (
    <main id="main-content" className="main">
      <BackLink fallback={last ? routes.question(last) : routes.start} />
      <h1 className="heading-l" ref={heading} tabIndex={-1}>
        {t("checkAnswers.title")}
      </h1>
      <dl className="summary-list">
        {result.path.map((id) => {
          const question = tree.questions.find((q) => q.id === id);
          const value = result.answers[id];
          if (!question || value === undefined) return null;
          const labels = answerTerms(question, value, false);
          return (
            <div className="summary-list__row" key={id}>
              <dt className="summary-list__key">{question.short}</dt>
              <dd className="summary-list__value">
                {labels.length === 1 ? (
                  labels[0]
                ) : (
                  <ul className="list">
                    {labels.map((label) => (
                      <li key={label}>{label}</li>
                    ))}
                  </ul>
                )}
              </dd>
              <dd className="summary-list__actions">
                <a href={routes.question(id, true)} onClick={onQuestionnaireLinkClick}>
                  {t("checkAnswers.change")}
                  <span className="visually-hidden"> {question.short.toLowerCase()}</span>
                </a>
              </dd>
            </div>
          );
        })}
      </dl>
      <button type="button" className="button" onClick={() => router.push(routes.result)}>
        {t("checkAnswers.seeResult")}
      </button>
    </main>
  );
}
