import { isSkinTone, skinTones, type SkinTone } from "../../lib/pictures/catalog";
import { useClientValue } from "./client-value";
import { storedValue } from "./storage";

// The skin tone the drawings are shown in, chosen once per journey: kept in this tab with the answers, and
// deleted with them.
export const skinTone = storedValue("session", "red-pores-check:skin-tone", (json) => (isSkinTone(json) ? json : null));

const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

const readTone = (): SkinTone => skinTone.read() ?? skinTones[0].id;

export function chooseSkinTone(tone: SkinTone) {
  skinTone.write(tone);
  listeners.forEach((listener) => listener());
}

/** The chosen tone, or the first (lightest) until one is chosen and while the page hydrates. */
export function useSkinTone(): SkinTone {
  return useClientValue(subscribe, readTone) ?? skinTones[0].id;
}
