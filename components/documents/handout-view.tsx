"use client";

import Link from "next/link";
import { formatIsoDate } from "../../lib/recheck/dates";
import { answerTerms, decidingRule, dermatologistFlag, presentingFeatures, redFlags } from "../../lib/report/clinical";
import { questionFor } from "../../lib/tree/roles";
import { RecordExports } from "./record-exports";
import { CareSteps } from "./care-steps";
import { decodeToken } from "../../lib/share/decode-token";
import { languageName, localePrefix, otherLanguages, type Locale } from "../../lib/i18n/locales";
import { notationIn } from "../../lib/i18n/notation";
import { LanguageLinks } from "../common/language-link";
import { useLocale, useRoutes, useT } from "../common/locale-context";
import { useTreeVersions } from "../common/tree-context";
import { TodaysRules } from "./todays-rules";
import { BeforeAfter } from "../common/before-after";
import { LinkError } from "../common/link-error";
import { NeedsScript } from "../common/needs-script";
import { useHash } from "../common/browser-state/use-hash";
import { usePageHeading } from "../common/browser-state/visit-history";
import { outcomeAttributes } from "../common/outcome-attributes";

const flagWords = { advised: "handout.yes", notAdvised: "handout.no", emergencyCare: "handout.emergencyCare" } as const;
const flagAnswer = { Yes: "handout.yes", No: "handout.no", "Not asked": "common.notAsked" } as const;

/** The clinician handout: recomputed from the answers in the link; never an outcome read from it. */
export function HandoutView() {
  const versions = useTreeVersions();
  const t = useT();
  const locale = useLocale();
  const routes = useRoutes();
  const hash = useHash();
  const decoded = hash === null ? undefined : decodeToken(versions, hash);
  const heading = usePageHeading<HTMLHeadingElement>(decoded !== undefined);

  if (!decoded) return <NeedsScript message={t("noscript.handout")} />;
  if (!decoded.ok) return <LinkError error={decoded.error} heading={heading} />;

  // The link is read with the version of the questions it was made with: what the person was told.
  const { tree } = decoded;
  const { today } = versions;
  const { outcome, path, answers } = decoded.result;
  // Links made before the site had other languages were all answered in English.
  const answeredIn: Locale = decoded.answeredIn ?? "en";
  const urgency = tree.urgencies[outcome.urgency];
  const rule = decidingRule(tree, outcome, { notation: notationIn(t), noRule: t("handout.selfCareRule") });
  const ageQuestion = questionFor(tree, "ageBand");
  const ageAnswer = answers[ageQuestion.id];
  const age = ageAnswer === undefined ? t("handout.ageNotAsked") : answerTerms(ageQuestion, ageAnswer, true).join(", ");
  return (
    <main id="main-content" className="main document" {...outcomeAttributes(outcome)}>
      <h1 className="heading-l document__title" ref={heading} tabIndex={-1}>
        {t("handout.heading")}
      </h1>
      <div className="handout-language no-print">
        <span>{t("handout.languageLabel")}</span> <strong lang={locale}>{languageName[locale]}</strong>
        <LanguageLinks
          label={t("handout.languageLabel")}
          prefix={localePrefix(locale)}
          others={otherLanguages(locale)}
        />
      </div>
      <p className="document__meta">{t("handout.meta", { version: tree.version })}</p>
      {tree.version !== today.version && <TodaysRules made={decoded.result} today={today} />}

      <section className="document__section" aria-labelledby="outcome-heading">
        <h2 className="document__heading" id="outcome-heading">
          {t("handout.outcomeHeading")}
        </h2>
        <table className="document__table">
          <tbody>
            <tr>
              <th scope="row">{t("handout.dateOfCheck")}</th>
              <td>{decoded.checkedOn ? formatIsoDate(decoded.checkedOn, locale) : t("handout.noDate")}</td>
            </tr>
            <tr>
              <th scope="row">{t("handout.answeredIn")}</th>
              <td data-answered-in={answeredIn}>
                <span lang={answeredIn}>{languageName[answeredIn]}</span>
              </td>
            </tr>
            <tr>
              <th scope="row">{t("handout.ageBand")}</th>
              <td>{age}</td>
            </tr>
            <tr>
              <th scope="row">{t("handout.urgency")}</th>
              <td>{urgency.clinical}</td>
            </tr>
            <tr>
              <th scope="row">{t("handout.looksLike")}</th>
              <td>{outcome.finding ? outcome.finding.name : t("handout.notAssessed")}</td>
            </tr>
            <tr>
              <th scope="row">{t("handout.seeDermatologist")}</th>
              <td>{t(flagWords[dermatologistFlag(outcome)])}</td>
            </tr>
            <tr>
              <th scope="row">{t("handout.decidingRule")}</th>
              <td>
                {rule.clinical}{" "}
                <small className="document__rule">
                  ({t("handout.rule")} <code>{rule.id}</code>: {rule.when})
                </small>
              </td>
            </tr>
            {outcome.checkBackWeeks !== undefined && (
              <tr>
                <th scope="row">{t("handout.checkBack")}</th>
                <td>
                  {t("handout.checkBackAfter", {
                    window: outcome.finding?.checkBack?.say ?? t("handout.weeks", { weeks: outcome.checkBackWeeks }),
                  })}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </section>

      {decoded.first && <BeforeAfter first={decoded.first} now={{ ...decoded.result, tree }} clinical />}

      <section className="document__section" aria-labelledby="features-heading">
        <h2 className="document__heading" id="features-heading">
          {t("handout.featuresHeading")}
        </h2>
        {path.length > 2 ? (
          <table className="document__table">
            <tbody>
              {presentingFeatures(tree, answers, path).map((row) => (
                <tr key={row.question}>
                  <th scope="row">{row.label}</th>
                  <td>{row.values.join("; ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{t("handout.featuresNotAsked")}</p>
        )}
      </section>

      <section className="document__section" aria-labelledby="flags-heading">
        <h2 className="document__heading" id="flags-heading">
          {t("handout.flagsHeading")}
        </h2>
        <table className="document__table document__table--flags">
          <thead>
            <tr>
              <th scope="col">{t("handout.sign")}</th>
              <th scope="col">{t("handout.reported")}</th>
            </tr>
          </thead>
          <tbody>
            {redFlags(tree, answers).map((flag) => (
              <tr key={flag.sign} data-flag-answer={flag.answer}>
                <td>{flag.sign}</td>
                <td>{flag.answer === "Yes" ? <strong>{t("handout.yes")}</strong> : t(flagAnswer[flag.answer])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {outcome.guidance.length > 0 && (
        <section className="document__section" aria-labelledby="care-heading">
          <h2 className="document__heading" id="care-heading">
            {t("handout.careHeading")}
          </h2>
          <CareSteps items={outcome.guidance} />
        </section>
      )}

      <p className="document__sources">
        {t("handout.criteriaBefore")} <Link href={routes.criteria}>{t("handout.criteriaLink")}</Link>.
      </p>
      <RecordExports tree={tree} journey={decoded.result} checkedOn={decoded.checkedOn} first={decoded.first} />
      <div className="button-group no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {t("handout.print")}
        </button>
      </div>
    </main>
  );
}
