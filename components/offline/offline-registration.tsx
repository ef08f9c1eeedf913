"use client";

import { useEffect } from "react";

/**
 * Installs the offline copy of the site (out/sw.js) once the page has loaded. Registered from the page's own
 * script file, so the Content-Security-Policy needs no inline script. Absent in development: there is no
 * worker to register before `npm run build`. The layout passes the addresses in, so this code, on every page,
 * does not carry a second copy of lib/routes.
 */
export function OfflineRegistration({ worker, scope }: { worker: string; scope: string }) {
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    // A refusal (a private window, a browser setting) only means no offline copy: the site works as before.
    navigator.serviceWorker.register(worker, { scope }).catch(() => undefined);
  }, [worker, scope]);
  return null;
}
