import { useEffect, useSyncExternalStore, type MouseEvent } from "react";
import { isPlainClick } from "../common/browser-state/visit-history";
import { changeSignal } from "../common/browser-state/client-value";
import { useT } from "../common/locale-context";

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

/** Keeps the document title in step when the address changes without a page load (the error mark survives). */
export function useDocumentTitle(title: string) {
  const mark = useErrorMark();
  useEffect(() => {
    const wanted = titleForPage(document.title, title, mark);
    if (document.title !== wanted) document.title = wanted;
  }, [title, mark]);
}

/**
 * A question page's title is "[Error: ]<page> – <site>": the mark, in the page's language, tells a screen
 * reader user at once that the form was not sent (GOV.UK's pattern), and it stays while the page part changes.
 */
export const useErrorMark = () => `${useT()("common.error")} `;

export function titleWithError(title: string, hasError: boolean, mark: string): string {
  const bare = title.startsWith(mark) ? title.slice(mark.length) : title;
  return hasError ? `${mark}${bare}` : bare;
}

export function titleForPage(title: string, page: string, mark: string): string {
  const site = title.indexOf(" – ");
  if (site < 0) return title;
  return `${title.startsWith(mark) ? mark : ""}${page}${title.slice(site)}`;
}
