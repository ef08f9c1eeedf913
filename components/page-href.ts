import type { Answers } from "../lib/journey/answers";
import type { Page } from "../lib/journey/navigation";
import { encodeToken, type FirstCheck } from "../lib/share/token";
import { tree } from "../lib/tree/tree-data";

export function questionHref(id: string, changing = false): string {
  return `/questions/${id}/${changing ? "?change=1" : ""}`;
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

/** The clinician handout link: the answers travel after "#", which browsers never send to a server. */
export function handoutUrl(answers: Answers, first?: FirstCheck | null): string {
  return `${window.location.origin}/handout#${encodeToken(tree, answers, first ?? undefined)}`;
}

/** The link back for a re-check: the first check and its start date, after "#". */
export function recheckUrl(first: FirstCheck): string {
  return `${window.location.origin}/recheck/#${encodeToken(tree, {}, first)}`;
}
