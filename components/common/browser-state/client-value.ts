import { startTransition, useEffect, useState } from "react";

export type Subscribe = (onChange: () => void) => () => void;

export const noSubscription: Subscribe = () => () => {};

// Set once the first page's hydration has committed: from then on a component can read browser-only values
// while it renders, because there is no prerendered HTML left for it to match.
let firstPageHydrated = false;

/**
 * A value only the browser knows (stored answers, the address's fragment, a browser feature), or null while
 * the prerendered page hydrates. It works like useSyncExternalStore with a null server snapshot, except
 * that the first browser value arrives in a transition: React renders it in small slices instead of one
 * blocking task straight after hydration, which kept a slow phone from responding for a moment.
 * Components mounted after the first page has hydrated get the value in their first render.
 * `read` must return the same value while nothing changed (it is compared with Object.is).
 */
export function useClientValue<T>(subscribe: Subscribe, read: () => T): T | null {
  const [value, setValue] = useState<T | null>(() => (firstPageHydrated ? read() : null));
  useEffect(() => {
    firstPageHydrated = true;
    const update = () => setValue(() => read());
    startTransition(update);
    return subscribe(update);
  }, [subscribe, read]);
  return value;
}

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
