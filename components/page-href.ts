import type { Page } from "../lib/journey/navigation";

export function questionHref(id: string, changing = false): string {
  return `/questions/${id}/${changing ? "?change=1" : ""}`;
}

/** The question id in a question page's address, such as "/questions/redness/". */
export function questionIdOf(pathname: string): string | undefined {
  const [section, id] = pathname.split("/").filter(Boolean);
  return section === "questions" ? id : undefined;
}

export function pageHref(page: Page): string {
  switch (page.kind) {
    case "start":
      return "/";
    case "question":
      return questionHref(page.id);
    case "check-answers":
      return "/check-answers/";
    case "result":
      return "/result/";
  }
}
