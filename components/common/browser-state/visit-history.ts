import { useEffect, useRef, type MouseEvent } from "react";

// Remembers, for this tab's lifetime, whether the person has moved between pages of the app, so that the
// Back link can behave exactly like the browser's back button, and so focus moves to the new page's heading
// after an in-app move (a fresh page load keeps the browser's own focus order).
let lastPath: string | null = null;
let movedWithinApp = false;

export function hasMovedWithinApp(): boolean {
  return movedWithinApp;
}

/** Records this page as visited once its content is ready and, after an in-app move, focuses its heading. */
export function usePageHeading<T extends HTMLElement>(ready = true) {
  const heading = useRef<T>(null);
  useEffect(() => {
    if (!ready) return;
    const here = window.location.pathname;
    if (lastPath !== null && lastPath !== here) {
      movedWithinApp = true;
      heading.current?.focus();
    }
    lastPath = here;
  }, [ready]);
  return heading;
}

/**
 * A plain left click, the only kind the app handles itself: Ctrl, Cmd, Shift, Alt or a middle click opens a
 * tab, a window or a download, which is the browser's job.
 */
export function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}
