import type { Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { encodeToken, sealToken } from "../lib/share/token";
import { formatIsoDate, localIsoDate } from "../lib/recheck/dates";
import type { ExpectedCase } from "../lib/testing/cases";
import { reasonText } from "../lib/triage/cases";
import { tree } from "../lib/tree/load";
import { translator } from "../lib/i18n/catalogs";
import { routesFor } from "../lib/routes";
import { expectNoAxeViolations } from "./axe";
import { caseById } from "./cases";
import { expect, openWithAnswers, optionLabel, test } from "./fixtures";

// One case per urgency (decision-tree/cases/): its answers, and what the pages must then show.
const journeys = {
  self_care: caseById("kp-adult-arms-just-under-window"),
  appointment: caseById("folliculitis-diabetes"),
  urgent: caseById("cellulitis-like-fever-is-a-warning"),
  emergency: caseById("throat-tightening"),
};
// SPEC.md section 3: a dermatologist is advised at the urgent and appointment levels.
const seeDermatologist = { self_care: false, appointment: true, urgent: true, emergency: false };

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

for (const [urgency, journey] of Object.entries(journeys) as [keyof typeof journeys, ExpectedCase][]) {
  const { answers, expect: expected } = journey;
  const card = tree.urgencies[urgency];
  const finding = tree.findings.find((f) => f.id === expected.finding);
  const rule = expected.rule ?? "self-care";

  test(`${urgency}: the summary prints on one page and the handout shows the same outcome`, async ({ page }) => {
    expect(expected.urgency).toBe(urgency);
    await openWithAnswers(page, answers, "/result/");
    await expect(page.locator("main")).toHaveAttribute("data-urgency", urgency);
    const href = await handoutHref(page);
    expect(href).toMatch(/\/handout#[\w-]+$/);

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
      for (const reason of expected.reasons) expect(text).toContain(reasonText(tree, reason).text);
      // Citations may wrap across lines in the two-column print layout, so compare them without spaces.
      for (const id of expected.guidance) {
        const sources = tree.guidance.find((item) => item.id === id)?.sources ?? [`missing step ${id}`];
        expect(text.replace(/\s+/g, "")).toContain(`[${sources.join(",")}]`);
      }
      if (finding) expect(text).toContain(`looks most like ${finding.name}`);
      if (seeDermatologist[urgency]) expect(text).toContain("See a dermatologist: yes.");
      expect(text).not.toContain("Print or save as PDF");
    }

    await page.goto(href);
    const main = page.locator("main");
    await expect(main).toHaveAttribute("data-urgency", expected.urgency);
    await expect(main).toHaveAttribute("data-condition", expected.condition);
    // The link carries the date of the check and the language answered in (format 5).
    await expect(page.getByRole("row", { name: /Date of the check/ })).toContainText(
      formatIsoDate(localIsoDate(new Date()), "en"),
    );
    await expect(page.getByRole("row", { name: /Language the person answered in/ })).toContainText("English");
    await expect(page.getByRole("heading", { level: 1, name: /Clinician handout/ })).toBeVisible();
    await expect(page.getByRole("row", { name: /Deciding rule/ })).toContainText(rule);
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

// Spanish runs about a fifth longer than English: its summary must still fit one sheet.
for (const [urgency, journey] of Object.entries(journeys)) {
  test(`${urgency}: the Spanish summary prints on one A4 or Letter page, in Spanish`, async ({ page }) => {
    const t = translator("es");
    await openWithAnswers(page, journey.answers, routesFor("es").summary);
    await expect(page.getByRole("heading", { level: 1, name: t("summary.heading") })).toBeVisible();
    await expect(page.locator("main")).toHaveAttribute("data-urgency", urgency);
    for (const format of ["A4", "Letter"] as const) {
      const { text, pages } = pdfText(await page.pdf({ format }));
      expect(pages, `Spanish summary on ${format}`).toBe(1);
      expect(text).toContain(t("summary.heading"));
    }
  });
}

test("the handout lists presenting features in clinical terms and every negative red flag", async ({ page }) => {
  await openWithAnswers(page, journeys.appointment.answers, "/result/");
  await page.goto(await handoutHref(page));
  await expect(page.getByRole("row", { name: /Morphology/ })).toContainText("Perifollicular papules and pustules");
  await expect(page.getByRole("row", { name: /Risk factors/ })).toContainText(optionLabel("risk", "diabetes"));
  await expect(page.getByRole("row", { name: /Triggers and exposures/ })).toContainText(
    optionLabel("triggers", "tight_clothes"),
  );
  await expect(page.locator("tr[data-flag-answer='No']")).toHaveCount(15);
});

test("the Copy button puts the handout link on the clipboard", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await openWithAnswers(page, journeys.self_care.answers, "/result/");
  const href = await handoutHref(page);
  await page.getByRole("button", { name: "Copy link for your doctor" }).click();
  await expect(page.getByRole("status")).toContainText("Link copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(href);
});

test("the QR code on the summary decodes to the handout link", async ({ page }) => {
  await openWithAnswers(page, journeys.self_care.answers, "/summary/");
  const href = await handoutHref(page);
  const qr = page.getByRole("img", { name: "QR code that opens the clinician handout" });
  const png = PNG.sync.read(await qr.screenshot({ scale: "device" }));
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(decoded?.data).toBe(href);
});

const badLinks: [name: string, fragment: string, error: string][] = [
  ["no fragment", "", "empty"],
  ["garbage", "#<script>alert(1)</script>", "malformed"],
  ["a truncated token", `#${encodeToken(tree, journeys.self_care.answers).slice(0, -4)}`, "malformed"],
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
  await questionnaire.answerAll(journeys.appointment.answers);
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
