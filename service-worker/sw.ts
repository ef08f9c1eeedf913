/// <reference lib="webworker" />
// The offline copy of the site: every prerendered page and asset, precached when the worker installs
// (scripts/build-offline.mjs writes the list and bundles this file into out/sw.js). Nothing else is cached:
// answers, tokens and photos live in the page (its hash, sessionStorage and IndexedDB) and never reach here.
import { Serwist, type PrecacheEntry } from "serwist";
import { ignoredSearchParams, precacheAlternatives } from "../lib/offline/precache-match";

declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] };

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: {
    cleanupOutdatedCaches: true,
    directoryIndex: "index.html",
    ignoreURLParametersMatching: ignoredSearchParams,
    urlManipulation: ({ url }) => precacheAlternatives(url),
  },
  // A new version waits until every tab of the old one is closed, so it never swaps files under a journey
  // in progress; it then takes over on the next visit. Claiming clients is safe: it only happens on
  // activation, which is then either the first install or a visit with no old page open.
  skipWaiting: false,
  clientsClaim: true,
  disableDevLogs: true,
});

serwist.addEventListeners();
