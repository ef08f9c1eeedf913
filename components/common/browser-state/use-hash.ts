import { useClientValue } from "./client-value";

function subscribe(listener: () => void) {
  window.addEventListener("hashchange", listener);
  return () => window.removeEventListener("hashchange", listener);
}

const readHash = () => window.location.hash.replace(/^#/, "");

/** The URL fragment without "#", or null while rendering on the server. */
export function useHash(): string | null {
  return useClientValue(subscribe, readHash);
}
