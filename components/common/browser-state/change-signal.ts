import type { Subscribe } from "./client-value";

/** Tells a store's readers that it changed: what every store here (answers, photos, skin tone) notifies through. */
export type ChangeSignal = { subscribe: Subscribe; notify: () => void };

export function changeSignal(): ChangeSignal {
  const listeners = new Set<() => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    notify: () => listeners.forEach((listener) => listener()),
  };
}
