import type { Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { encodeToken, sealToken } from "../lib/share/token";
import { walk } from "../lib/journey/walk";
import { localIsoDate } from "../lib/recheck/dates";
import { tree } from "../lib/tree/load";
import { expectNoAxeViolations } from "./axe";
import { base } from "./journey-to";
import { expect, openWithAnswers, test } from "./fixtures";

const journeys = {
  self_care: {
    ...base,
    redness: "yes",
    look: "rough",
    onset: "years",
    age: "18_to_64",
    where: ["upper_arms"],
    care_weeks: 2,
    progress: "better",
    impact: ["none"],
  },
  appointment: { ...base, redness: "yes", look: "pimples", onset: "weeks", risk: ["diabetes"], triggers: ["hot_tub"] },
  urgent: { ...base, warning: ["spreading", "fever"] },
  emergency: { emergency: ["breathing"] },
} satisfies Record<string, Record<string, string | string[] | number>>;

function pdfText(pdf: Buffer): { text: string; pages: number } {
  const dir = mkdtempSync(path.join(tmpdir(), "rpc-pdf-"));
  const file = path.join(dir, "page.pdf");
  writeFileSync(file, pdf);
  const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1]);
  return { text, pages };
}

async function handoutHref(page: Page): Promise<string> {
  const link = page.locator("main a[href*='/handout#']").first();
  await expect(link).toBeVisible();
  return (await link.getAttribute("href")) ?? "";
}

for (const [urgency, answers] of Object.entries(journeys)) {
  const result = walk(tree, answers);
  if (result.status !== "done") throw new Error(`${urgency} journey does not finish`);
  const { outcome } = result;
  const card = tree.urgencies[outcome.urgency];

  test(`${urgency}: the summary prints on one page and the handout shows the same outcome`, async ({ page }) => {
    await openWithAnswers(page, answers, "/result/");
    await expect(page.locator("main")).toHaveAttribute("data-urgency", urgency);
    const href = await handoutHref(page);
    // The link carries the answers and the date of the check and the language answered in (format 5).
    expect(href).toContain(`/handout#${encodeToken(tree, result.answers, undefined, localIsoDate(new Date()), "en")}`);

    await page.getByRole("link", { name: "Print or save a summary" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Red Pores Check: your summary" })).toBeVisible();
    await expect(page.locator("main")).toHaveAttribute("data-urgency", urgency);
    await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeVisible();
    await expectNoAxeViolations(page);

    for (const format of ["A4", "Letter"] as const) {
      const { text, pages } = pdfText(await page.pdf({ format }));
      expect(pages, `summary on ${format}`).toBe(1);
      expect(text).toContain(`${card.label}: ${card.title}`);
      expect(text).toContain(`questions version ${tree.version}`);
      for (const reason of outcome.reasons) expect(text).toContain(reason.text);
      // Citations may wrap across lines in the two-column print layout, so compare them without spaces.
      for (const item of outcome.guidance) expect(text.replace(/\s+/g, "")).toContain(`[${item.sources.join(",")}]`);
      if (outcome.finding) expect(text).toContain(`looks most like ${outcome.finding.name}`);
      if (outcome.seeDermatologist) expect(text).toContain("See a dermatologist: yes.");
      expect(text).not.toContain("Print or save as PDF");
    }

    await page.goto(href);
    const main = page.locator("main");
    await expect(main).toHaveAttribute("data-urgency", outcome.urgency);
    await expect(main).toHaveAttribute("data-condition", outcome.condition);
    await expect(page.getByRole("heading", { level: 1, name: /Clinician handout/ })).toBeVisible();
    await expect(page.getByRole("row", { name: /Deciding rule/ })).toContainText(outcome.rule);
    const flags = page.getByRole("table").filter({ hasText: "Reported" }).getByRole("row");
    await expect(flags).toHaveCount(1 + 15);
    await expect(page.getByRole("link", { name: "criteria reference" })).toHaveAttribute("href", "/criteria/");
    await expectNoAxeViolations(page);

    const { text, pages } = pdfText(await page.pdf({ format: "A4" }));
    expect(pages, "handout").toBe(1);
    expect(text).toContain(`questions version ${tree.version}`);
    expect(text).toContain("Red flags screened");
    expect(text).not.toContain("Print this handout");
  });
}

test("the handout lists presenting features in clinical terms and every negative red flag", async ({ page }) => {
  await openWithAnswers(page, journeys.appointment, "/result/");
  await page.goto(await handoutHref(page));
  await expect(page.getByRole("row", { name: /Morphology/ })).toContainText("Perifollicular papules and pustules");
  await expect(page.getByRole("row", { name: /Risk factors/ })).toContainText("Diabetes");
  await expect(page.getByRole("row", { name: /Triggers and exposures/ })).toContainText("hot tub");
  await expect(page.locator("tr[data-flag-answer='No']")).toHaveCount(15);
  await expect(
    page.getByText("After a hot tub", { exact: false }).or(page.getByText(/hot tub usually settle/)),
  ).toBeVisible();
});

test("the Copy button puts the handout link on the clipboard", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await openWithAnswers(page, journeys.self_care, "/result/");
  const href = await handoutHref(page);
  await page.getByRole("button", { name: "Copy link for your doctor" }).click();
  await expect(page.getByRole("status")).toContainText("Link copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(href);
});

test("the QR code on the summary decodes to the handout link", async ({ page }) => {
  await openWithAnswers(page, journeys.self_care, "/summary/");
  const href = await handoutHref(page);
  const qr = page.getByRole("img", { name: "QR code that opens the clinician handout" });
  const png = PNG.sync.read(await qr.screenshot({ scale: "device" }));
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(decoded?.data).toBe(href);
});

const badLinks: [name: string, fragment: string, error: string][] = [
  ["no fragment", "", "empty"],
  ["garbage", "#<script>alert(1)</script>", "malformed"],
  ["a truncated token", `#${encodeToken(tree, journeys.self_care).slice(0, -4)}`, "malformed"],
  ["a token from another tree version", `#${sealToken([1, 0, 7, 0, 1, 3])}`, "version"],
  ["an unfinished journey", `#${encodeToken(tree, { emergency: ["none"] })}`, "invalid-answers"],
  ["an over-long token", `#${"A".repeat(700)}`, "too-long"],
];

for (const [name, fragment, error] of badLinks) {
  test(`a handout link with ${name} shows a plain error page`, async ({ page }) => {
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`/handout/${fragment}`);
    await expect(page.locator("main")).toHaveAttribute("data-error", error);
    await expect(page.getByRole("heading", { level: 1, name: "This link cannot be read" })).toBeVisible();
    await expect(page.getByText("Ask the person to share it again.")).toBeVisible();
    await expect(page.locator("main")).not.toHaveAttribute("data-urgency");
    expect(errors).toEqual([]);
    if (error === "malformed") await expectNoAxeViolations(page);
  });
}

test("the criteria page lists every rule and every source", async ({ page }) => {
  await page.goto("/criteria/");
  await expect(page.getByRole("heading", { level: 1, name: "How Red Pores Check decides" })).toBeVisible();
  for (const rule of tree.rules) await expect(page.getByRole("cell", { name: rule.id, exact: true })).toBeVisible();
  for (const source of tree.sources) await expect(page.locator(`[id="${source.id}"]`)).toContainText(source.title);
  await expectNoAxeViolations(page);
});

test("no request's address, headers or body ever carries an answer or the token", async ({ questionnaire, page }) => {
  const sent: string[] = [];
  page.on("request", (request) => {
    sent.push(request.url(), JSON.stringify(request.headers()), request.postData() ?? "");
  });
  await questionnaire.start();
  await questionnaire.answerAll(journeys.appointment);
  await questionnaire.seeResult();
  const href = await handoutHref(page);
  const token = href.split("#")[1] ?? "";
  await page.getByRole("link", { name: "Print or save a summary" }).click();
  await expect(page.locator("main")).toHaveAttribute("data-urgency", "appointment");
  await page.goto(href);
  await expect(page.locator("main")).toHaveAttribute("data-urgency", "appointment");

  const everything = sent.join("\n");
  expect(token.length).toBeGreaterThan(10);
  expect(everything).not.toContain(token);
  for (const answer of ["pimples", "diabetes", "hot_tub", "folliculitis"]) expect(everything).not.toContain(answer);
});
