/**
 * Whether this browser will keep what the site stores (photos, the check-back plan), as the person should be
 * told it: "kept" when it granted persistent storage, "may-clear" when it may still clear it to free space,
 * "seven-days" on Safari and the other WebKit browsers outside an app added to the Home Screen, which delete
 * everything a site stored after seven days without a visit, whatever persist() answered.
 */
export type KeepAnswer = "kept" | "may-clear" | "seven-days";

/** WebKit, told by a feature only it has (touch gestures as their own events), not running from the Home Screen. */
export function deletesAfterSevenDays(): boolean {
  const fromHomeScreen =
    (navigator as Navigator & { standalone?: boolean }).standalone === true ||
    window.matchMedia?.("(display-mode: standalone)").matches === true;
  return "GestureEvent" in window && !fromHomeScreen;
}

/** Asks the browser to keep this site's storage, and says what that means for the person. */
export async function askToKeep(): Promise<KeepAnswer> {
  const granted = await navigator.storage?.persist?.().catch(() => false);
  if (deletesAfterSevenDays()) return "seven-days";
  return granted ? "kept" : "may-clear";
}
