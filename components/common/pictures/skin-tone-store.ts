import { isSkinTone, skinTones, type SkinTone } from "../../../lib/pictures/catalog";
import { changeSignal, useClientValue } from "../browser-state/client-value";
import { storedValue } from "../browser-state/storage";

// The skin tone the drawings are shown in, chosen once per journey: kept in this tab with the answers, and
// deleted with them.
const skinTone = storedValue("session", "red-pores-check:skin-tone", (json) => (isSkinTone(json) ? json : null));

const toneChanged = changeSignal();

const readTone = (): SkinTone => skinTone.read() ?? skinTones[0].id;

/** Chooses the tone, or with null forgets it (as deleting the answers does); the drawings follow. */
export function chooseSkinTone(tone: SkinTone | null) {
  skinTone.write(tone);
  toneChanged.notify();
}

/** The chosen tone, or the first (lightest) until one is chosen and while the page hydrates. */
export function useSkinTone(): SkinTone {
  return useClientValue(toneChanged.subscribe, readTone) ?? skinTones[0].id;
}
