import { existsSync } from "node:fs";

// Debian's Chromium is used for every browser test; Playwright's own browser download is never needed.
const fullBrowsers = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];

// Debian's old headless shell (package chromium-headless-shell) is what Playwright itself runs headless tests
// in: the same engine without the full browser around it, it walked the journeys in 1.6 minutes where the full
// browser took 2.6. Tests prefer it; the bench and the icons keep the full browser people use.
const testBrowsers = [process.env.CHROMIUM_PATH, "/usr/bin/chromium-headless-shell", ...fullBrowsers.slice(1)];

const firstPresent = (candidates) => candidates.find((candidate) => candidate && existsSync(candidate));

export function findChromium() {
  return firstPresent(fullBrowsers);
}

export function findTestChromium() {
  return firstPresent(testBrowsers);
}

// Without these Chromium keeps calling home, which a closed network refuses many times a second.
export const chromiumArgs = [
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-default-apps",
  "--disable-quic",
];
