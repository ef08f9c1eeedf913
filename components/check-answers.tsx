"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { currentPage } from "../lib/journey/navigation";
import { walk } from "../lib/journey/walk";
import { answerTerms } from "../lib/report/clinical";
import { useAnswers } from "./answers-store";
import { BackLink } from "./back-link";
import { pageHref, questionHref } from "./page-href";
import { onQuestionnaireLinkClick, useDocumentTitle } from "./questionnaire-address";
import { useTree } from "./tree-context";
import { usePageHeading } from "./visit-history";

/** GOV.UK "Check your answers": only the answers on the current path, each with a Change link. */
export function CheckAnswers() {
  const tree = useTree();
  const answers = useAnswers();
  const router = useRouter();
  const result = answers ? walk(tree, answers) : undefined;
  const done = result?.status === "done";
  const heading = usePageHeading<HTMLHeadingElement>(done);
  const redirectHref = answers && !done ? pageHref(currentPage(tree, answers)) : undefined;

  useEffect(() => {
    if (redirectHref) router.replace(redirectHref);
  }, [redirectHref, router]);
  useDocumentTitle("Check your answers");
  // The one page after the questionnaire, fetched while the person reads their answers (nothing about them
  // is in the request). Not earlier: on a question page it would compete with the page's own start-up. Once
  // the browser is idle, so that it does not hold up showing this page.
  useEffect(() => {
    if (typeof window.requestIdleCallback !== "function") return router.prefetch("/result/");
    const handle = window.requestIdleCallback(() => router.prefetch("/result/"));
    return () => window.cancelIdleCallback(handle);
  }, [router]);

  if (!result || !done) {
    return <main id="main-content" className="main" />;
  }
  const last = result.path[result.path.length - 1];
  return (
    <main id="main-content" className="main">
      <BackLink fallback={last ? questionHref(last) : "/"} />
      <h1 className="heading-l" ref={heading} tabIndex={-1}>
        Check your answers
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
                <a href={questionHref(id, true)} onClick={onQuestionnaireLinkClick}>
                  Change<span className="visually-hidden"> {question.short.toLowerCase()}</span>
                </a>
              </dd>
            </div>
          );
        })}
      </dl>
      <button type="button" className="button" onClick={() => router.push("/result/")}>
        See your result
      </button>
    </main>
  );
}
