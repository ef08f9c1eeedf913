import type { MouseEvent } from "react";

/**
 * A plain left click, the only kind the app handles itself: Ctrl, Cmd, Shift, Alt or a middle click opens a
 * tab, a window or a download, which is the browser's job.
 */
export function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}
