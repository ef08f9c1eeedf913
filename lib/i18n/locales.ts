import { swapLocalePrefix } from "./locale-path";

/**
 * The site's languages. English is served at the site's root, every other language under its own prefix
 * ("/es/…"). Adding a language is a data change: its code here, a catalog in messages/ and the tree's words in
 * decision-tree/locales/ (docs/adding-a-language.md). The order is fixed: a share link stores a language as
 * its index in this list, so new languages go at the end.
 */
export const locales = ["en", "es"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

/** The language tag of each page's `<html lang>`, also used for dates and plural rules. */
export const languageTag: Record<Locale, string> = { en: "en-GB", es: "es" };

/** Each language's own name, as its speakers write it: the name of the link that switches to it. */
export const languageName: Record<Locale, string> = { en: "English", es: "Español" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** The prefix of a language's pages: "" for English, "/es" for Spanish. */
export function localePrefix(locale: Locale): string {
  return locale === defaultLocale ? "" : `/${locale}`;
}

/** The language of a page from its path: "/es/result/" is Spanish, anything else English. */
export function localeOfPath(pathname: string): Locale {
  const first = pathname.split("/")[1];
  return isLocale(first) && first !== defaultLocale ? first : defaultLocale;
}

/** The same page in another language: "/es/questions/x/" and "/questions/x/" are one page. */
export function pathInLocale(pathname: string, locale: Locale): string {
  return swapLocalePrefix(pathname, localePrefix(localeOfPath(pathname)), localePrefix(locale));
}

/** Every other language, as the language links name them. */
export function otherLanguages(locale: Locale): { locale: Locale; name: string; prefix: string }[] {
  return locales
    .filter((other) => other !== locale)
    .map((other) => ({ locale: other, name: languageName[other], prefix: localePrefix(other) }));
}
