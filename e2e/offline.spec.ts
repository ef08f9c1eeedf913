import type { BrowserContext, Page } from "@playwright/test";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildOffline } from "../scripts/build-offline.mjs";
import { startServer } from "../scripts/serve.mjs";
import { loadCases } from "../lib/testing/cases";
import { expectNoAxeViolations } from "./axe";
import { expect, Questionnaire, test } from "./fixtures";

// The offline copy: one visit, then the network off. Service workers are blocked in every other spec.
test.use({ serviceWorkers: "allow" });

const kpTeen = loadCases().find((c) => c.id === "kp-arms-teen");
if (!kpTeen) throw new Error("case kp-arms-teen is missing");

/** The first visit: the page loads, the worker installs the whole site and takes control of the page. */
async function visitOnce(page: Page, url = "/") {
  await page.goto(url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test("after one visit, a whole journey, its summary, handout, re-check and the criteria work with no network", async ({
  page,
  context,
  questionnaire,
}) => {
  // A whole journey and four documents, each from a precache of about 13 MB: slow by nature on 2 cores.
  test.slow();
  await visitOnce(page);
  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);

  await questionnaire.start();
  await questionnaire.answerAll(kpTeen.answers);
  await questionnaire.seeResult();
  await questionnaire.expectOutcome(kpTeen.expect.urgency, kpTeen.expect.condition);
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Print or save a summary" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Red Pores Check: your summary" })).toBeVisible();
  await page.goBack();
  await questionnaire.expectOutcome(kpTeen.expect.urgency, kpTeen.expect.condition);

  // The links a person gives out, opened with the network still off: a new tab loads them from the copy.
  const handoutHref = await page.locator("a[href*='/handout#']").first().getAttribute("href");
  const recheckHref = await page.locator("a[href*='/recheck/#']").first().getAttribute("href");
  const handout = await context.newPage();
  await handout.goto(handoutHref ?? "");
  await expect(handout.locator("main")).toHaveAttribute("data-urgency", kpTeen.expect.urgency);
  await expect(handout.locator("main")).toHaveAttribute("data-condition", kpTeen.expect.condition);
  await expect(handout.locator("main")).toHaveAttribute("data-finding", kpTeen.expect.finding ?? "");

  await handout.goto(recheckHref ?? "");
  await expect(handout.getByRole("heading", { level: 1, name: "Your skin check-in" })).toBeVisible();
  await handout.getByRole("button", { name: "Start your re-check" }).click();
  await new Questionnaire(handout).expectQuestion(kpTeen.answers && Object.keys(kpTeen.answers)[0]!);

  await handout.goto("/criteria/");
  await expect(handout.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(handout.getByRole("heading", { level: 1 })).not.toHaveText(/not found/i);
});

test("offline, the Spanish pages start with the safety screens and cannot skip them", async ({ page, context }) => {
  await visitOnce(page, "/es/");
  await context.setOffline(true);
  const spanish = new Questionnaire(page, "es");
  // A result asked for with no answers is not shown: the person is sent to the Spanish start, whose only
  // way on is the emergency screen.
  await page.goto("/es/result/");
  await expect(page).toHaveURL(/\/es\/$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await page.getByRole("button", { name: spanish.t("start.startNow") }).click();
  await spanish.expectQuestion("emergency");
  await spanish.answerAll({ emergency: ["swelling"] });
  await spanish.seeResult();
  await spanish.expectOutcome("emergency", "not_assessed");
  await expect(page.getByText(spanish.tree.emergencyAdvice.text).first()).toBeVisible();
});

test("a page asked for by a fresh load offline, not a client-side move, comes from the copy too", async ({
  page,
  context,
}) => {
  await visitOnce(page);
  await context.setOffline(true);
  await page.goto("/questions/emergency/?change=1");
  await expect(page.getByRole("group").first()).toBeVisible();
  const response = await page.goto("/answers-deleted/");
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(
    page.getByRole("heading", { level: 1, name: "Your answers and photos have been deleted" }),
  ).toBeVisible();
});

test("the site can be installed: a valid manifest with its name, colours and icons, and no installability error", async ({
  page,
}) => {
  await page.goto("/es/");
  const spanish = await (
    await page.request.get((await page.locator("link[rel=manifest]").getAttribute("href")) ?? "")
  ).json();
  // Installed from a Spanish page, the app opens the Spanish start page.
  expect(spanish).toMatchObject({ name: "Red Pores Check", start_url: "/es/", scope: "/", lang: "es" });
  await page.goto("/");
  const href = await page.locator("link[rel=manifest]").getAttribute("href");
  const manifest = await (await page.request.get(href ?? "")).json();
  expect(manifest).toMatchObject({ name: "Red Pores Check", display: "standalone", start_url: "/", lang: "en-GB" });
  expect(manifest.icons).toEqual(spanish.icons);
  for (const icon of manifest.icons as { src: string; sizes: string; type: string }[]) {
    const response = await page.request.get(icon.src);
    expect(response.headers()["content-type"]).toBe(icon.type);
    const png = await response.body();
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(`${width}x${height}`).toBe(icon.sizes);
  }
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
  // Every test browser is a private window, where nothing can be installed; that is the one error allowed.
  expect(installabilityErrors.filter((error) => error.errorId !== "in-incognito")).toEqual([]);
});

/** A copy of the build served on its own port, so a test can deploy a second version under it. */
class Deployment {
  private server?: Server;
  readonly dir = mkdtempSync(path.join(tmpdir(), "red-pores-deploy-"));
  port = 0;

  async start() {
    const server: Server = await startServer({ root: this.dir, port: this.port });
    this.server = server;
    this.port = (server.address() as AddressInfo).port;
  }

  async stop() {
    await new Promise((done) => this.server?.close(done));
  }

  get origin() {
    return `http://127.0.0.1:${this.port}`;
  }
}

/** Every page and page-data file of a build, rewritten: a second version of the site with a changed footer. */
function changeEveryPage(dir: string, from: string, to: string) {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) changeEveryPage(file, from, to);
    else if (/\.(html|txt)$/.test(name)) writeFileSync(file, readFileSync(file, "utf8").replaceAll(from, to));
  }
}

test("a new version is picked up on the next visit, never in the middle of a journey", async ({ browser }) => {
  // Two deployments, each precached whole (about 13 MB of files, older tree versions included): slow by nature.
  test.slow();
  const deployment = new Deployment();
  cpSync("out", deployment.dir, { recursive: true });
  await deployment.start();
  let context: BrowserContext | undefined;
  try {
    context = await browser.newContext({ baseURL: deployment.origin, serviceWorkers: "allow" });
    const page = await context.newPage();
    const footer = page.getByRole("contentinfo");
    await visitOnce(page);
    const questionnaire = new Questionnaire(page);
    await questionnaire.start();
    await questionnaire.answerAll({ emergency: ["none"] });

    await deployment.stop();
    changeEveryPage(deployment.dir, "It is not for emergencies.", "It is not for emergencies (version two).");
    await buildOffline(deployment.dir);
    await deployment.start();
    // The browser finds the new worker (as it would on its own on a later page load) and installs it.
    const newWorker = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
      const worker = registration?.installing ?? registration?.waiting;
      while (worker?.state === "installing") await new Promise((next) => worker.addEventListener("statechange", next));
      return worker?.state;
    });
    expect(newWorker).toBe("installed");

    // Mid-journey, even across a reload, the person keeps the version they started with, and their answers.
    await questionnaire.answerAll({ warning: ["none"] });
    await page.reload();
    await questionnaire.expectQuestion("redness");
    await expect(footer).toContainText("It is not for emergencies.");
    await questionnaire.page.goBack();
    await expect(page.getByRole("checkbox", { checked: true })).toHaveCount(1);

    await page.close();
    const nextVisit = await context.newPage();
    await nextVisit.goto("/");
    await expect(nextVisit.getByRole("contentinfo")).toContainText("It is not for emergencies (version two).");
  } finally {
    await context?.close();
    await deployment.stop();
    rmSync(deployment.dir, { recursive: true, force: true });
  }
});
