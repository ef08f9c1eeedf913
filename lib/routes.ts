import { defaultLocale, localePrefix, pathInLocale, type Locale } from "./i18n/locales";
import type { Page } from "./journey/navigation";

/**
 * Every address of the site, in one place, for each language: English at the root, Spanish under "/es".
 * Pages end in "/" (the static export's trailingSlash); the handout link keeps the form it was first given
 * out in, "/handout#…", which the host serves as /handout/.
 */
export function routesFor(locale: Locale) {
  const at = localePrefix(locale);
  return {
    start: `${at}/`,
    question: (id: string, changing = false) => `${at}/questions/${id}/${changing ? "?change=1" : ""}`,
    checkAnswers: `${at}/check-answers/`,
    result: `${at}/result/`,
    summary: `${at}/summary/`,
    answersDeleted: `${at}/answers-deleted/`,
    criteria: `${at}/criteria/`,
    /** The whole check on one page, for a browser without JavaScript. */
    onePage: `${at}/one-page/`,
    handout: (token: string) => `${at}/handout#${token}`,
    recheck: (token: string) => `${at}/recheck/#${token}`,
    /** The pages those links open, without their answers. */
    handoutPage: `${at}/handout/`,
    recheckPage: `${at}/recheck/`,
    /** One worker for the whole site, whatever the language. */
    serviceWorker: "/sw.js",
  } as const;
}

export type Routes = ReturnType<typeof routesFor>;

/** The English addresses: those of every link given out before the site had other languages. */
export const routes: Routes = routesFor(defaultLocale);

/** The question id in a question page's address, such as "/questions/redness/" or "/es/questions/redness/". */
export function questionIdOf(pathname: string): string | undefined {
  const [section, id] = pathInLocale(pathname, defaultLocale).split("/").filter(Boolean);
  return section === "questions" ? id : undefined;
}

/** The address of a questionnaire page, in the language of the page the person is on. */
export function pageHref(page: Page, locale: Locale = defaultLocale): string {
  const at = routesFor(locale);
  switch (page.kind) {
    case "start":
      return at.start;
    case "question":
      return at.question(page.id);
    case "check-answers":
      return at.checkAnswers;
    case "result":
      return at.result;
  }
}
