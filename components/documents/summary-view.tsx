"use client";

import { useState } from "react";
import { answerTerms } from "../../lib/report/clinical";
import { routes } from "../../lib/routes";
import { CareSteps } from "./care-steps";
import { warningSigns } from "../../lib/tree/roles";
import { BackLink } from "../common/back-link";
import { checkBackOn, formatIsoDate, localIsoDate } from "../../lib/recheck/dates";
import { useFirstCheck } from "../browser-state/answers-store";
import { BeforeAfter } from "../recheck/before-after";
import { handoutUrl } from "./share-links";
import { QrCode } from "./qr-code";
import { PhotosForPrint } from "../photos/photos-for-print";
import { useTree } from "../common/tree-context";
import { useJourney } from "../browser-state/use-journey";
import { usePageHeading } from "../browser-state/visit-history";

/** The person's one-page printable summary: result, reasons, answers, care steps and the handout QR code. */
export function SummaryView() {
  const tree = useTree();
  // A summary is shown for the same finished journey as the result, and guarded the same way.
  const journey = useJourney({ kind: "result" });
  const finished = journey?.walk.status === "done" ? journey.walk : undefined;
  const heading = usePageHeading<HTMLHeadingElement>(finished !== undefined);
  const [today] = useState(() => localIsoDate(new Date()));
  const first = useFirstCheck();
  if (!finished) return <main id="main-content" className="main" />;

  const { outcome, path, answers } = finished;
  const urgency = tree.urgencies[outcome.urgency];
  const url = handoutUrl(tree, answers, first);
  return (
    <main id="main-content" className="main document" data-urgency={outcome.urgency} data-condition={outcome.condition}>
      <div className="no-print">
        <BackLink fallback={routes.result} />
      </div>
      <h1 className="heading-l document__title" ref={heading} tabIndex={-1}>
        Red Pores Check: your summary
      </h1>
      <p className="document__meta">
        Made on {formatIsoDate(today)} · questions version {tree.version} · guidance, not a diagnosis
      </p>

      <section className={`document__section document__result document__result--${outcome.urgency}`}>
        <h2 className="document__heading">
          {urgency.label}: {urgency.title}
        </h2>
        <p>{urgency.action}</p>
        {outcome.seeDermatologist && (
          <p>
            <strong>See a dermatologist: yes.</strong> {outcome.explain}
          </p>
        )}
        {!outcome.seeDermatologist && <p>{outcome.explain}</p>}
        <p>You told us: {outcome.reasons.map((r) => r.text).join("; ")}.</p>
      </section>

      {first && <BeforeAfter first={first} now={finished} />}

      {outcome.finding && (
        <section className="document__section">
          <h2 className="document__heading">What it looks most like</h2>
          <p>
            Your answers suggest it looks most like {outcome.finding.name}. {outcome.finding.summary}
          </p>
        </section>
      )}

      <section className="document__section">
        <h2 className="document__heading">Your answers</h2>
        <dl className="document__answers">
          {path.map((id) => {
            const question = tree.questions.find((q) => q.id === id);
            const value = answers[id];
            if (!question || value === undefined) return null;
            return (
              <div key={id}>
                <dt>{question.short}</dt>
                <dd>{answerTerms(question, value, false).join("; ")}</dd>
              </div>
            );
          })}
        </dl>
      </section>

      {outcome.guidance.length > 0 && (
        <section className="document__section">
          <h2 className="document__heading">Care steps</h2>
          <CareSteps items={outcome.guidance} numbered />
        </section>
      )}

      {outcome.checkBackWeeks !== undefined && outcome.finding?.checkBack && (
        <section className="document__section">
          <h2 className="document__heading">Check back</h2>
          <p>
            Give the care steps {outcome.finding.checkBack.say}. If your skin is not better by{" "}
            <strong>{formatIsoDate(checkBackOn(today, outcome.checkBackWeeks))}</strong>, book an appointment with a
            doctor or dermatologist.
          </p>
        </section>
      )}

      {outcome.condition !== "not_assessed" && (
        <section className="document__section">
          <h2 className="document__heading">Get help sooner if</h2>
          <p>
            They get worse, or:{" "}
            {warningSigns(tree)
              .map((sign) => sign.label)
              .join("; ")
              .toLowerCase()}
            .
          </p>
        </section>
      )}

      <PhotosForPrint comparing={first !== null} />

      <section className="document__section document__handout">
        <QrCode text={url} label="QR code that opens the clinician handout" />
        <div>
          <h2 className="document__heading">For your doctor</h2>
          <p>Scan the code, or open this link, to see a handout written for clinicians:</p>
          <p className="document__url">
            <a href={url}>{url}</a>
          </p>
        </div>
      </section>
      <p className="document__sources">
        Sources are cited by their id in square brackets; the full list, with links, is on the criteria page of this
        site ({routes.criteria}).
      </p>

      <div className="button-group no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </div>
    </main>
  );
}
