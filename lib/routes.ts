import type { Page } from "./journey/navigation";

/**
 * Every address of the site, in one place. Pages end in "/" (the static export's trailingSlash); the
 * handout link keeps the form it was first given out in, "/handout#…", which the host serves as /handout/.
 */
export const routes = {
  start: "/",
  question: (id: string, changing = false) => `/questions/${id}/${changing ? "?change=1" : ""}`,
  checkAnswers: "/check-answers/",
  result: "/result/",
  summary: "/summary/",
  answersDeleted: "/answers-deleted/",
  criteria: "/criteria/",
  handout: (token: string) => `/handout#${token}`,
  recheck: (token: string) => `/recheck/#${token}`,
  serviceWorker: "/sw.js",
} as const;

/** The question id in a question page's address, such as "/questions/redness/". */
export function questionIdOf(pathname: string): string | undefined {
  const [section, id] = pathname.split("/").filter(Boolean);
  return section === "questions" ? id : undefined;
}

/** The address of a questionnaire page. */
export function pageHref(page: Page): string {
  switch (page.kind) {
    case "start":
      return routes.start;
    case "question":
      return routes.question(page.id);
    case "check-answers":
      return routes.checkAnswers;
    case "result":
      return routes.result;
  }
}
