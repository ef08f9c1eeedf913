import type { Metadata } from "next";
import { locales, pathInLocale, type Locale } from "../../lib/i18n/locales";

/**
 * A page's title and its addresses in every language (`hreflang` alternates), from its English path. The
 * English page is also the default for a language the site does not have.
 */
export function pageMetadata(locale: Locale, englishPath: string, title: string): Metadata {
  const languages: Record<string, string> = Object.fromEntries(
    locales.map((other) => [other, pathInLocale(englishPath, other)]),
  );
  return {
    title,
    alternates: { canonical: pathInLocale(englishPath, locale), languages: { ...languages, "x-default": englishPath } },
  };
}
