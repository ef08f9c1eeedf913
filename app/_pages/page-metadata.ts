import type { Metadata } from "next";
import { translator } from "../../lib/i18n/catalogs";
import { locales, pathInLocale, type Locale } from "../../lib/i18n/locales";
import type { MessageKey } from "../../lib/i18n/messages";

/**
 * A page's title and its addresses in every language (`hreflang` alternates), from its English path. The
 * English page is also the default for a language the site does not have. The addresses are made absolute
 * with the site's origin (siteMetadata's metadataBase), as hreflang requires.
 */
export function pageMetadata(englishPath: string, title: string): Metadata {
  const languages: Record<string, string> = Object.fromEntries(
    locales.map((other) => [other, pathInLocale(englishPath, other)]),
  );
  return {
    title,
    alternates: { languages: { ...languages, "x-default": englishPath } },
  };
}

/** A page's metadata with its title from the catalog of its language. */
export const metadataFor = (locale: Locale, englishPath: string, title: MessageKey) =>
  pageMetadata(englishPath, translator(locale)(title));
