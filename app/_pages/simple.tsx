import type { Metadata } from "next";
import Link from "next/link";
import { translator } from "../../lib/i18n/catalogs";
import type { Locale } from "../../lib/i18n/locales";
import { routes, routesFor } from "../../lib/routes";
import { metadataFor } from "./page-metadata";

// The two plain pages: after deleting everything, and an address the site does not have.

export const answersDeletedMetadata = (locale: Locale) => metadataFor(locale, routes.answersDeleted, "deleted.title");

export function AnswersDeletedPage({ locale }: { locale: Locale }) {
  const t = translator(locale);
  return (
    <main id="main-content" className="main">
      <div className="panel">
        <h1 className="heading-l">{t("deleted.title")}</h1>
      </div>
      <p>{t("deleted.text")}</p>
      <p>
        <Link href={routesFor(locale).start}>{t("common.goToStart")}</Link>
      </p>
    </main>
  );
}

/** A language's own 404 page: its title, and kept out of search engines. */
export const notFoundMetadata = (locale: Locale): Metadata => ({
  title: translator(locale)("notFound.title"),
  robots: { index: false },
});

export function NotFoundPage({ locale }: { locale: Locale }) {
  const t = translator(locale);
  return (
    <main id="main-content" className="main">
      <h1 className="heading-l">{t("notFound.title")}</h1>
      <p>{t("notFound.text")}</p>
      <p>
        {/* A plain link, as in the layout: a fresh start from a broken address needs no client routing. */}
        <a href={routesFor(locale).start}>{t("common.goToStart")}</a>
      </p>
    </main>
  );
}
