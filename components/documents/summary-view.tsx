"use client";

import { useState, type ComponentType } from "react";
import { answerTerms } from "../../lib/report/clinical";
import { CareSteps } from "./care-steps";
import { warningSigns } from "../../lib/tree/roles";
import { BackLink } from "../common/back-link";
import { checkBackOn, formatIsoDate, localIsoDate } from "../../lib/recheck/dates";
import { useFirstCheck } from "../common/browser-state/answers-store";
import { BeforeAfter } from "../common/before-after";
import { handoutUrl } from "../common/share-links";
import { QrCode } from "./qr-code";
import { pathInLocale } from "../../lib/i18n/locales";
import { useLocale, useRoutes, useT } from "../common/locale-context";
import { useTree, useTreeVersions } from "../common/tree-context";
import { useJourney } from "../common/browser-state/use-journey";
import { usePageHeading } from "../common/browser-state/visit-history";
import { outcomeAttributes } from "../common/outcome-attributes";

/** The person's one-page printable summary: result, reasons, answers, care steps and the handout QR code. */
/** `Photos` prints the photos feature's pictures (app/_pages/summary-page.tsx hands it in). */
export function SummaryView({ Photos }: { Photos: ComponentType<{ comparing: boolean }> }) {
  const tree = useTree();
  const versions = useTreeVersions();
  const t = useT();
  const locale = useLocale();
  const routes = useRoutes();
  // A summary is shown for the same finished journey as the result, and guarded the same way.
  const journey = useJourney({ kind: "result" });
  const finished = journey?.walk.status === "done" ? journey.walk : undefined;
  const heading = usePageHeading<HTMLHeadingElement>(finished !== undefined);
  const [today] = useState(() => localIsoDate(new Date()));
  const first = useFirstCheck();
  if (!finished) return <main id="main-content" className="main" />;

  const { outcome, path, answers } = finished;
  const urgency = tree.urgencies[outcome.urgency];
  const url = handoutUrl(versions, answers, locale, first);
  return (
    <main id="main-content" className="main document" {...outcomeAttributes(outcome)}>
      <div className="no-print">
        <BackLink fallback={routes.result} />
      </div>
      <h1 className="heading-l document__title" ref={heading} tabIndex={-1}>
        {t("summary.heading")}
      </h1>
      <p className="document__meta">
        {t("summary.meta", { date: formatIsoDate(today, locale), version: tree.version })}
      </p>
      {locale !== "en" && (
        <p className="no-print">
          <a href={pathInLocale(routes.summary, "en")} hrefLang="en">
            {t("summary.englishCopy")}
          </a>
        </p>
      )}

      <section className={`document__section document__result document__result--${outcome.urgency}`}>
        <h2 className="document__heading">
          {urgency.label}: {urgency.title}
        </h2>
        <p>{outcome.action.text}</p>
        {outcome.seeDermatologist && (
          <p>
            <strong>{t("result.seeDermatologistYes")}</strong> {outcome.explain}
          </p>
        )}
        {!outcome.seeDermatologist && <p>{outcome.explain}</p>}
        <p>{t("summary.youToldUs", { reasons: outcome.reasons.map((r) => r.text).join("; ") })}</p>
      </section>

      {first && <BeforeAfter first={first} now={finished} />}

      {outcome.finding && (
        <section className="document__section">
          <h2 className="document__heading">{t("result.looksLikeHeading")}</h2>
          <p>
            {t("summary.looksLike", { name: outcome.finding.name })} {outcome.finding.summary}
          </p>
        </section>
      )}

      <section className="document__section">
        <h2 className="document__heading">{t("summary.answersHeading")}</h2>
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
          <h2 className="document__heading">{t("summary.careHeading")}</h2>
          <CareSteps items={outcome.guidance} numbered />
        </section>
      )}

      {outcome.checkBackWeeks !== undefined && outcome.finding?.checkBack && (
        <section className="document__section">
          <h2 className="document__heading">{t("summary.checkBackHeading")}</h2>
          <p>
            {t("summary.checkBack", { window: outcome.finding.checkBack.say })}{" "}
            <strong>{formatIsoDate(checkBackOn(today, outcome.checkBackWeeks), locale)}</strong>
            {t("checkBack.bookAppointment")}
          </p>
        </section>
      )}

      {outcome.condition !== "not_assessed" && (
        <section className="document__section">
          <h2 className="document__heading">{t("result.soonerHeading")}</h2>
          <p>
            {t("summary.soonerIf", {
              signs: warningSigns(tree)
                .map((sign) => sign.label)
                .join("; ")
                .toLocaleLowerCase(locale),
            })}
          </p>
        </section>
      )}

      <Photos comparing={first !== null} />

      <section className="document__section document__handout">
        <QrCode text={url} label={t("summary.qrLabel")} />
        <div>
          <h2 className="document__heading">{t("summary.forDoctor")}</h2>
          <p>{t("summary.forDoctorText")}</p>
          <p className="document__url">
            <a href={url}>{url}</a>
          </p>
        </div>
      </section>
      <p className="document__sources">{t("summary.sourcesNote", { criteria: routes.criteria })}</p>

      <div className="button-group no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {t("summary.print")}
        </button>
      </div>
    </main>
  );
}
