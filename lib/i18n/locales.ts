import { swapLocalePrefix } from "./locale-path";

/** The code of the pseudo-language (a private-use region of English, as BCP 47 reserves XA for this). */
export const PSEUDO = "en-XA";
const withPseudo = process.env.NEXT_PUBLIC_PSEUDO_LOCALE === "1";

/**
 * The site's languages, one line each: its code, the language tag of its pages' `<html lang>` (also used for
 * dates and plural rules) and its own name, as its speakers write it (the link that switches to it).
 * English is served at the site's root, every other language under its own prefix ("/es/…"). Adding a
 * language is this line, a catalog in messages/ and the tree's words in decision-tree/locales/
 * (docs/adding-a-language.md). The order is fixed: a share link stores a language as its index in this
 * list, so new languages go at the end.
 */
const languages = [
  { locale: "en", tag: "en-GB", name: "English" },
  { locale: "es", tag: "es", name: "Español" },
  // A pseudo-language for the test that no word is hard-coded, in test builds only (scripts/pseudo-locale.mjs).
  ...(withPseudo ? [{ locale: PSEUDO, tag: PSEUDO, name: "Pseudo" } as const] : []),
] as const;

export type Locale = (typeof languages)[number]["locale"];

/** The pseudo-language of a test build, or undefined. */
export const pseudoLocale: Locale | undefined = withPseudo ? PSEUDO : undefined;
export const locales: readonly Locale[] = languages.map((language) => language.locale);
export const defaultLocale: Locale = "en";

/** The language tag of each page's `<html lang>`, also used for dates and plural rules. */
export const languageTag = Object.fromEntries(languages.map((l) => [l.locale, l.tag])) as Record<Locale, string>;

/** Each language's own name, as its speakers write it: the name of the link that switches to it. */
export const languageName = Object.fromEntries(languages.map((l) => [l.locale, l.name])) as Record<Locale, string>;

/** Every language served under a prefix of its own: all but the default (for the build's scripts). */
export const prefixedLocales = (): Locale[] => locales.filter((locale) => locale !== defaultLocale);

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

/** Every other language, as the language links name them (never the pseudo-language of a test build). */
export function otherLanguages(locale: Locale): { locale: Locale; name: string; prefix: string }[] {
  return locales
    .filter((other) => other !== locale && other !== pseudoLocale)
    .map((other) => ({ locale: other, name: languageName[other], prefix: localePrefix(other) }));
}
