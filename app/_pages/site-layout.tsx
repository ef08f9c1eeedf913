import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { LanguageLinks } from "../../components/common/language-link";
import { SourceList } from "../../components/common/source-list";
import { OfflineRegistration } from "../../components/offline/offline-registration";
import { translator, treeIn } from "../../lib/i18n/catalogs";
import { languageTag, localePrefix, otherLanguages, type Locale } from "../../lib/i18n/locales";
import { routes as englishRoutes, routesFor } from "../../lib/routes";
import "../globals.css";

/** What every page of a language has in its head: the title pattern, description and app details. */
export function siteMetadata(locale: Locale): Metadata {
  const t = translator(locale);
  return {
    // hreflang alternates must be absolute: the address the site is served at, set when building for a
    // host (docs/deploying.md), or the address of npm start.
    metadataBase: new URL(process.env.SITE_ORIGIN ?? "http://localhost:3000"),
    title: { default: t("site.name"), template: `%s – ${t("site.name")}` },
    description: t("site.description"),
    referrer: "no-referrer",
    formatDetection: { telephone: false },
    icons: { apple: "/icons/apple-touch-icon.png" },
    manifest: `${localePrefix(locale)}/manifest.webmanifest`,
    appleWebApp: { title: t("site.name"), statusBarStyle: "default" },
  };
}

export const siteViewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  colorScheme: "light dark",
  themeColor: "#0b3a5b",
};

/** The root layout of one language: `<html lang>`, the header with the language link, and the footer. */
export function SiteLayout({ locale, children }: { locale: Locale; children: ReactNode }) {
  const t = translator(locale);
  const tree = treeIn(locale);
  const routes = routesFor(locale);
  return (
    <html lang={languageTag[locale]}>
      <body>
        <a href="#main-content" className="skip-link">
          {t("site.skipLink")}
        </a>
        <header className="header">
          <div className="width-container header__inner">
            {/* A plain link: next/link in the layout would load its code on every page, for one link home. */}
            <a href={routes.start} className="header__name">
              {t("site.name")}
            </a>
            <span className="header__tag">{t("site.tagline")}</span>
            <LanguageLinks
              label={t("site.languageLinkLabel")}
              prefix={localePrefix(locale)}
              others={otherLanguages(locale)}
            />
          </div>
        </header>
        <div className="width-container">
          {/* Without JavaScript the questions one by one cannot move on; the one-page check works. */}
          <noscript>
            <p className="noscript">
              {t("noscript.text")} <a href={routes.onePage}>{t("noscript.link")}</a>
            </p>
          </noscript>
          {children}
        </div>
        <footer className="footer">
          <div className="width-container">
            <p>{t("site.footerNotDiagnosis")}</p>
            <p>{tree.emergencyAdvice.text}</p>
            <SourceList catalogue={tree.sources} ids={tree.emergencyAdvice.sources} label={t("common.sources")} />
            <p>{t("site.footerPrivacy")}</p>
          </div>
        </footer>
        {/* One worker for every language: its scope is the whole site. */}
        <OfflineRegistration worker={englishRoutes.serviceWorker} scope={englishRoutes.start} />
      </body>
    </html>
  );
}
