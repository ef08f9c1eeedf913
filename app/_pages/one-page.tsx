import { SourceList } from "../../components/common/source-list";
import { SourceIds } from "../../components/common/source-ids";
import { OnePageOutcome, OnePageSoonerIf } from "../../components/one-page/one-page-outcome";
import { OnePageQuestion } from "../../components/one-page/one-page-question";
import { translator, treeIn } from "../../lib/i18n/catalogs";
import type { Locale } from "../../lib/i18n/locales";
import { onePagePlan } from "../../lib/one-page/plan";
import { routes } from "../../lib/routes";
import { metadataFor } from "./page-metadata";

export const onePageMetadata = (locale: Locale) => metadataFor(locale, routes.onePage, "onePage.title");

/**
 * The whole check on one page, for a browser without JavaScript (docs/one-page-check.md): every question and
 * every outcome written out from the tree, and a stylesheet compiled from the tree that shows only what the
 * engine would. The build removes every script from this page (scripts/no-script-pages.mjs). The form is never
 * sent: its method is "dialog", which does nothing outside a dialog.
 */
export function OnePage({ locale }: { locale: Locale }) {
  const t = translator(locale);
  const tree = treeIn(locale);
  const plan = onePagePlan();
  const verdicts = plan.verdicts.map((verdict) => ({
    ...verdict,
    finding: verdict.finding && tree.findings.find((f) => f.id === verdict.finding?.id),
    ruleOf: verdict.ruleOf && tree.rules.find((r) => r.id === verdict.ruleOf?.id),
  }));
  const cited = [
    ...new Set([
      ...tree.emergencyAdvice.sources,
      ...Object.values(tree.urgencies).flatMap((u) => u.sources),
      ...verdicts.flatMap((v) => [
        ...(v.ruleOf?.sources ?? []),
        ...(v.finding?.sources ?? []),
        ...(v.finding?.checkBack?.sources ?? []),
      ]),
      ...tree.guidance.flatMap((g) => g.sources),
    ]),
  ];
  return (
    <main id="main-content" className="main one-page">
      {/* Its own stylesheet, written by app/one-page.css/route.ts from the tree: no page but this one loads it. */}
      {/* eslint-disable-next-line @next/next/no-css-tags */}
      <link rel="stylesheet" href="/one-page.css" precedence="default" />
      <h1 className="heading-xl">{t("onePage.title")}</h1>
      <p className="lead op-intro">{t("onePage.lead")}</p>
      <div className="op-old-browser inset-text">
        <p>{t("onePage.oldBrowser")}</p>
        <p>
          {tree.emergencyAdvice.text} <SourceIds ids={tree.emergencyAdvice.sources} />
        </p>
      </div>
      <form className="op" method="dialog" aria-label={t("onePage.formLabel")}>
        {tree.questions.map((question) => (
          <OnePageQuestion key={question.id} question={question} bands={plan.bands[question.id] ?? []} t={t} />
        ))}
        <div className="op-status">
          <p className="op-waiting">{t("onePage.waiting")}</p>
          {tree.questions.map((question) => (
            <p className="op-next" id={`next-${question.id}`} key={question.id}>
              {t("onePage.next")} <a href={`#q-${question.id}`}>{question.title}</a>
            </p>
          ))}
        </div>
        <div className="op-outcomes">
          <h2 className="heading-l">{t("onePage.resultHeading")}</h2>
          {verdicts.map((verdict) => (
            <OnePageOutcome key={verdict.id} verdict={verdict} tree={tree} t={t} />
          ))}
          <OnePageSoonerIf tree={tree} t={t} />
        </div>
        <button type="reset" className="button button--secondary op-reset">
          {t("onePage.reset")}
        </button>
      </form>
      <section className="op-sources" aria-labelledby="op-sources-heading">
        <h2 className="heading-m" id="op-sources-heading">
          {t("onePage.sourcesHeading")}
        </h2>
        <SourceList catalogue={tree.sources} ids={cited} label={t("common.sources")} />
      </section>
    </main>
  );
}
