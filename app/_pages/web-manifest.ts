import { translator } from "../../lib/i18n/catalogs";
import { languageTag, localePrefix, type Locale } from "../../lib/i18n/locales";

/**
 * The web app manifest of one language, so that "Add to home screen" on a Spanish page installs the
 * Spanish start page. The scope is the whole site, so the installed app can still switch language.
 */
export function webManifest(locale: Locale) {
  const t = translator(locale);
  const start = `${localePrefix(locale)}/`;
  return {
    name: t("site.name"),
    short_name: "Red Pores",
    description: t("site.manifestDescription"),
    id: start,
    start_url: start,
    scope: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#0b3a5b",
    lang: languageTag[locale],
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}

/** The manifest as a static file of the export (out/manifest.webmanifest, out/es/manifest.webmanifest). */
export function manifestResponse(locale: Locale): Response {
  return new Response(JSON.stringify(webManifest(locale)), {
    headers: { "Content-Type": "application/manifest+json" },
  });
}
