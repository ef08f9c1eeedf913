import { existsSync } from "node:fs";

// Debian's Chromium is used for every browser test; Playwright's own browser download is never needed.
const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];

export function findChromium() {
  return candidates.find((candidate) => candidate && existsSync(candidate));
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
