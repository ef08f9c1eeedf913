import { useEffect, useSyncExternalStore, type MouseEvent } from "react";
import { isPlainClick } from "../common/browser-state/visit-history";
import { changeSignal } from "../common/browser-state/client-value";

const addressChanged = changeSignal();

function subscribe(listener: () => void) {
  const unsubscribe = addressChanged.subscribe(listener);
  window.addEventListener("popstate", listener);
  return () => {
    unsubscribe();
    window.removeEventListener("popstate", listener);
  };
}

/** The address of the questionnaire page showing now; `prerendered` is the one the HTML was built for. */
export function useQuestionnaireAddress(prerendered: string): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.pathname,
    () => prerendered,
  );
}

/**
 * Moves within the questionnaire (its questions and "check your answers") by changing the address only, so
 * the next page appears at once. Through Next's router every step re-rendered the whole app in a transition
 * (150 ms with the CPU slowed 4x). Passing on the router's own history state (it carries Next's `__NA` mark)
 * keeps Back and Forward restoring through the router, and is how Next's pushState wrapper knows to leave
 * the entry alone. Every address still has its own prerendered page, for a reload or a shared link.
 */
export function goWithinQuestionnaire(href: string) {
  window.history.pushState(window.history.state, "", href);
  window.scrollTo(0, 0);
  addressChanged.notify();
}

/** For a link within the questionnaire: a plain click moves at once; Ctrl, Cmd, Shift or middle click is the browser's. */
export function onQuestionnaireLinkClick(event: MouseEvent<HTMLAnchorElement>) {
  if (!isPlainClick(event)) return;
  event.preventDefault();
  goWithinQuestionnaire(event.currentTarget.getAttribute("href") ?? "/");
}

/** Keeps the document title in step when the address changes without a page load ("Error: " survives). */
export function useDocumentTitle(title: string) {
  useEffect(() => {
    const wanted = titleForPage(document.title, title);
    if (document.title !== wanted) document.title = wanted;
  }, [title]);
}

/**
 * A question page's title is "[Error: ]<page> – <site>": the mark tells a screen reader user at once that the
 * form was not sent (GOV.UK's pattern), and it stays while the page part changes.
 */
const ERROR_MARK = "Error: ";

export function titleWithError(title: string, hasError: boolean): string {
  const bare = title.startsWith(ERROR_MARK) ? title.slice(ERROR_MARK.length) : title;
  return hasError ? `${ERROR_MARK}${bare}` : bare;
}

export function titleForPage(title: string, page: string): string {
  const site = title.indexOf(" – ");
  if (site < 0) return title;
  return `${title.startsWith(ERROR_MARK) ? ERROR_MARK : ""}${page}${title.slice(site)}`;
}
