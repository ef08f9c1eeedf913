import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, findTestChromium } from "./scripts/chromium-path.mjs";

// The build under test has the pseudo-language (npm run test:e2e builds it), and so must the tests' own view of
// the language list (lib/i18n/locales.ts).
process.env.NEXT_PUBLIC_PSEUDO_LOCALE ??= "1";

// An unusual port, so a developer's own server on 3000 is never mistaken for the build under test.
const port = Number(process.env.E2E_PORT ?? 3917);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    // The offline copy is tested on its own (e2e/offline.spec.ts); elsewhere every page comes from the server.
    serviceWorkers: "block",
    launchOptions: { executablePath: findTestChromium(), args: chromiumArgs },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: "node scripts/serve.mjs",
    env: { PORT: String(port) },
    url: `${baseURL}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
