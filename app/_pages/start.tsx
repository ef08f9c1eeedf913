import Link from "next/link";
import { SourceList } from "../../components/common/source-list";
import { PlannedCheckBanner } from "../../components/recheck/planned-check-banner";
import { translator, treeIn } from "../../lib/i18n/catalogs";
import type { Locale } from "../../lib/i18n/locales";
import { routes, routesFor } from "../../lib/routes";
import { readPublished } from "../../lib/tree/published";
import { OpenCheckOnStart } from "./open-check-on-start";
import { PageLocale, startNamespaces } from "./page-locale";
import { pageMetadata } from "./page-metadata";

/** The start page's title is the site's name alone, without the " – Red Pores Check" of other pages. */
export function startMetadata(locale: Locale) {
  const name = translator(locale)("site.name");
  return { ...pageMetadata(routes.start, name), title: { absolute: name } };
}

export function StartPage({ locale }: { locale: Locale }) {
  const t = translator(locale);
  const tree = treeIn(locale);
  return (
    <main id="main-content" className="main">
      <PageLocale locale={locale} namespaces={startNamespaces}>
        <PlannedCheckBanner />
      </PageLocale>
      <h1 className="heading-xl">{t("start.title")}</h1>
      <p className="lead">{t("start.lead")}</p>

      <h2 className="heading-m">{t("start.checksHeading")}</h2>
      <p>{t("start.checksIntro")}</p>
      <ul className="list list--bullet">
        <li>{t("start.coversKp")}</li>
        <li>{t("start.coversFolliculitis")}</li>
        <li>{t("start.coversDermatitis")}</li>
        <li>{t("start.coversPores")}</li>
      </ul>
      <SourceList
        catalogue={tree.sources}
        ids={["SEED-RED", "NHS-KP", "AAD-FOL", "MAYO-CD-S", "SEED-PORES-1"]}
        label={t("common.sources")}
      />
      <p>{t("start.somethingElse")}</p>

      <h2 className="heading-m">{t("start.notHeading")}</h2>
      <ul className="list list--bullet">
        <li>{t("start.notDiagnosis")}</li>
        <li>{t("start.notEmergencies")}</li>
      </ul>

      <div className="inset-text">
        <p>{tree.emergencyAdvice.text}</p>
        <SourceList catalogue={tree.sources} ids={tree.emergencyAdvice.sources} label={t("common.sources")} />
      </div>

      <h2 className="heading-m">{t("start.privateHeading")}</h2>
      <p>{t("start.privateText")}</p>
      <p>{t("start.offlineText")}</p>

      <h2 className="heading-m">{t("start.someoneElseHeading")}</h2>
      <p>{t("start.someoneElseText")}</p>

      <Link
        href={routesFor(locale).question(tree.start)}
        className="button button--start"
        role="button"
        draggable={false}
      >
        {t("start.startNow")}
        <svg
          className="button__start-icon"
          width="17.5"
          height="19"
          viewBox="0 0 33 40"
          aria-hidden="true"
          focusable="false"
        >
          <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
        </svg>
      </Link>

      <h2 className="heading-m">{t("start.savedHeading")}</h2>
      <p>{t("start.savedText")}</p>
      <PageLocale locale={locale} namespaces={startNamespaces}>
        <OpenCheckOnStart
          versions={readPublished().map((kept) => kept.version)}
          today={tree.version}
          titles={Object.fromEntries(tree.questions.map((question) => [question.id, question.title]))}
        />
      </PageLocale>
    </main>
  );
}
