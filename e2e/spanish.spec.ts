import type { Page } from "@playwright/test";
import { translator } from "../lib/i18n/catalogs";
import { checkBackOn, localIsoDate } from "../lib/recheck/dates";
import { pathInLocale } from "../lib/i18n/locales";
import { routesFor } from "../lib/routes";
import { loadCases, type ExpectedCase } from "../lib/testing/cases";
import { tree } from "../lib/tree/load";
import { expectNoAxeViolations } from "./axe";
import { expectCaseResult } from "./case-result";
import { expectNoEnglishLeft } from "./english-left";
import { expect, openWithAnswers, Questionnaire, test } from "./fixtures";
import { journeyTo, outcomes } from "./journey-to";
import { downloadReminder, recheckOn } from "./recheck-helpers";

// The site in Spanish, walked as a Spanish reader walks it: by the Spanish headings, labels and buttons.
// Every page and state is checked with axe and for English left behind.
const es = translator("es");
const en = translator("en");
const at = routesFor("es");

/** Spanish and English checks of the page as it is now. */
async function expectSpanishPage(page: Page, state: string) {
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expectNoAxeViolations(page, `${state} (es)`);
  await expectNoEnglishLeft(page, "es", state);
}

/** The fewest cases that reach every urgency and every condition at least once. */
function representativeCases(cases: ExpectedCase[]): ExpectedCase[] {
  const wanted = new Set(cases.flatMap((c) => [`urgency:${c.expect.urgency}`, `condition:${c.expect.condition}`]));
  const covers = (c: ExpectedCase) => [`urgency:${c.expect.urgency}`, `condition:${c.expect.condition}`];
  const chosen: ExpectedCase[] = [];
  while (wanted.size > 0) {
    const best = cases
      .map((c) => ({ c, gain: covers(c).filter((w) => wanted.has(w)).length }))
      .sort((a, b) => b.gain - a.gain)[0];
    if (!best || best.gain === 0) break;
    chosen.push(best.c);
    covers(best.c).forEach((w) => wanted.delete(w));
  }
  return chosen;
}

for (const journey of representativeCases(loadCases())) {
  const { urgency, condition } = journey.expect;
  test(`en español, ${journey.id} → ${urgency}, ${condition}, as in English`, async ({ page }) => {
    const questionnaire = new Questionnaire(page, "es");
    await questionnaire.start();
    await questionnaire.answerAll(journey.answers);
    await questionnaire.seeResult();
    await questionnaire.expectOutcome(urgency, condition);
    await expect(page.getByText(es("result.youToldUs"), { exact: true }).first()).toBeVisible();
    await expectCaseResult(page, journey, "es");
    await expectSpanishPage(page, `result of ${journey.id}`);
  });
}

test("every Spanish question page, empty and with its error, is in Spanish and has no axe violations", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const questionnaire = new Questionnaire(page, "es");
  for (const question of tree.questions) {
    await openWithAnswers(page, journeyTo.get(question.id) as Record<string, string>, at.question(question.id));
    await questionnaire.expectQuestion(question.id);
    await expectSpanishPage(page, `question ${question.id}`);
    await page.getByRole("button", { name: es("common.continue") }).click();
    await expect(page.getByRole("heading", { name: es("question.errorSummaryTitle") })).toBeVisible();
    await expect(page).toHaveTitle(/^Error: /);
    await expectSpanishPage(page, `question ${question.id} with its error`);
  }
});

test("the Spanish start, check answers, summary, criteria, deleted and not-found pages", async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto(at.start);
  await expect(page.getByRole("heading", { level: 1, name: es("start.title") })).toBeVisible();
  await expectSpanishPage(page, "start");
  const [, answers] = outcomes.find(([urgency]) => urgency === "self_care") ?? [];
  await openWithAnswers(page, answers as Record<string, string>, at.checkAnswers);
  await expect(page.getByRole("heading", { level: 1, name: es("checkAnswers.title") })).toBeVisible();
  await expectSpanishPage(page, "check answers");
  await page.goto(at.summary);
  await expect(page.getByRole("heading", { level: 1, name: es("summary.heading") })).toBeVisible();
  await expectSpanishPage(page, "summary");
  for (const [path, heading] of <[string, string][]>[
    [at.criteria, es("criteria.heading")],
    [at.answersDeleted, es("deleted.title")],
    ["/es/no-existe/", es("notFound.title")],
    [`${at.handoutPage}#roto`, es("linkError.heading")],
  ]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expectSpanishPage(page, path);
  }
});

test("every page names the other language in that language, with hreflang, one click away", async ({ page }) => {
  for (const [path, name, lang] of <[string, string, "en" | "es"][]>[
    ["/", "Español", "es"],
    ["/criteria/", "Español", "es"],
    ["/es/", "English", "en"],
    ["/es/criteria/", "English", "en"],
  ]) {
    await page.goto(path);
    const link = page.getByRole("navigation", {
      name: translator(lang === "es" ? "en" : "es")("site.languageLinkLabel"),
    });
    await expect(link.getByRole("link", { name })).toHaveAttribute("hreflang", lang);
    // Absolute, as hreflang must be, and pointing at the same page in the other language.
    const alternate = page.locator(`link[rel="alternate"][hreflang="${lang}"]`);
    await expect(alternate).toHaveAttribute("href", new RegExp(`^https?://[^/]+${pathInLocale(path, lang)}$`));
  }
  await page.goto("/");
  await page.getByRole("link", { name: "Español" }).click();
  await expect(page).toHaveURL(/\/es\/$/);
  await expect(page.getByRole("heading", { level: 1, name: es("start.title") })).toBeVisible();
  await page.getByRole("link", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: en("start.title") })).toBeVisible();
});

test("switching language mid-journey keeps the answers and the question the person is on", async ({ page }) => {
  const spanish = new Questionnaire(page, "es");
  await spanish.start();
  await spanish.answerAll({ emergency: ["none"], warning: ["none"], redness: "yes" });
  await spanish.expectQuestion("look");
  const stored = await spanish.storedAnswers();

  await page.getByRole("link", { name: "English", exact: true }).click();
  const english = new Questionnaire(page, "en");
  await english.expectQuestion("look");
  expect(await english.storedAnswers()).toBe(stored);
  await page.getByRole("link", { name: en("common.back") }).click();
  await english.expectQuestion("redness");
  await expect(page.getByRole("radio", { name: /^Yes:/ })).toBeChecked();

  await page.getByRole("link", { name: "Español", exact: true }).click();
  await spanish.expectQuestion("redness");
  await expect(page.getByRole("radio", { name: /^Sí:/ })).toBeChecked();
  await spanish.continue();
  await spanish.answerAll({ look: "rough", onset: "years", age: "12_to_17", care_weeks: 0, impact: ["none"] });
  await spanish.seeResult();
  await spanish.expectOutcome("self_care", "keratosis_pilaris");
});

test("a Spanish journey's handout link opens in a fresh browser, in English on request, with the same outcome", async ({
  page,
  browser,
}) => {
  const [, answers] = outcomes.find(([urgency]) => urgency === "appointment") ?? [];
  await openWithAnswers(page, answers as Record<string, string>, at.result);
  await expect(page.locator("main")).toHaveAttribute("data-urgency", "appointment");
  const link = (await page.locator("main a[href*='/es/handout#']").first().getAttribute("href")) ?? "";
  const condition = await page.locator("main").getAttribute("data-condition");

  const clinician = await browser.newContext();
  const handout = await clinician.newPage();
  await handout.goto(link);
  await expect(handout.getByRole("heading", { level: 1, name: es("handout.heading") })).toBeVisible();
  await expect(handout.locator("main")).toHaveAttribute("data-urgency", "appointment");
  await expectSpanishPage(handout, "handout");

  await handout.locator("main").getByRole("link", { name: "English", exact: true }).click();
  await expect(handout.getByRole("heading", { level: 1, name: en("handout.heading") })).toBeVisible();
  await expect(handout).toHaveURL(new RegExp(`/handout/?#${new URL(link).hash.slice(1)}$`));
  await expect(handout.locator("main")).toHaveAttribute("data-urgency", "appointment");
  await expect(handout.locator("main")).toHaveAttribute("data-condition", condition ?? "");
  await expect(handout.getByRole("row", { name: new RegExp(en("handout.answeredIn")) })).toContainText("Español");
  await expect(handout.locator("html")).toHaveAttribute("lang", "en-GB");
  await clinician.close();
});

test("the Spanish summary offers an English copy for the doctor, with the same answers", async ({ page }) => {
  const [, answers] = outcomes.find(([urgency]) => urgency === "self_care") ?? [];
  const spanish = new Questionnaire(page, "es");
  await spanish.start();
  await spanish.answerAll(answers as Record<string, string>);
  await spanish.seeResult();
  await page.getByRole("link", { name: es("result.summaryLink") }).click();
  await expect(page.getByRole("heading", { level: 1, name: es("summary.heading") })).toBeVisible();
  const spanishQr = await page.getByRole("img", { name: es("summary.qrLabel") }).count();
  expect(spanishQr).toBe(1);
  await page.getByRole("link", { name: es("summary.englishCopy") }).click();
  await expect(page.getByRole("heading", { level: 1, name: en("summary.heading") })).toBeVisible();
  await expect(page.locator("main")).toHaveAttribute("data-urgency", "self_care");
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
  // The English copy's handout link still says the person answered in Spanish.
  await page.goto((await page.locator("main a[href*='/handout#']").first().getAttribute("href")) ?? "");
  await expect(page.getByRole("row", { name: new RegExp(en("handout.answeredIn")) })).toContainText("Español");
});

test("the language link works by keyboard alone, and keeps the answers", async ({ page }) => {
  const spanish = new Questionnaire(page, "es");
  await spanish.start();
  await spanish.answerAll({ emergency: ["none"] });
  const link = page.getByRole("link", { name: "English", exact: true });
  // The question's heading has focus after Continue; the header's link is a few steps back.
  for (let tabs = 0; tabs < 20 && !(await link.evaluate((el) => el === document.activeElement)); tabs++) {
    await page.keyboard.press("Shift+Tab");
  }
  await expect(link).toBeFocused();
  await page.keyboard.press("Enter");
  await new Questionnaire(page, "en").expectQuestion("warning");
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
});

test("a Spanish calendar reminder has a Spanish title and opens the re-check in Spanish", async ({ page }) => {
  const { event, link } = await downloadReminder(page, "es");
  expect(event.getFirstPropertyValue("summary")).toBe(es("checkBack.reminderTitle"));
  expect(String(event.getFirstPropertyValue("description"))).toContain(link);
  expect(new URL(link).pathname).toBe(at.recheckPage);
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: es("recheck.title") })).toBeVisible();
  await expectSpanishPage(page, "re-check start");
  const { later, questionnaire } = await recheckOn(page, link, checkBackOn(localIsoDate(new Date()), 4), "es");
  await expect(later.locator("html")).toHaveAttribute("lang", "es");
  await questionnaire.expectQuestion("care_weeks");
  await expectSpanishPage(later, "re-check, weeks of care filled in");
  await questionnaire.continue();
  await questionnaire.answer("progress", "same");
  await questionnaire.continue();
  await questionnaire.seeResult();
  await questionnaire.expectOutcome("appointment", "keratosis_pilaris");
  await expect(later.getByRole("region", { name: es("beforeAfter.heading") })).toBeVisible();
  await expectSpanishPage(later, "result of the re-check");
});

test("a Spanish journey sends nothing but page requests: no answer, token or language beyond the address", async ({
  page,
}) => {
  const requests: { url: string; method: string; body: string | null; headers: Record<string, string> }[] = [];
  page.on("request", (request) =>
    requests.push({
      url: request.url(),
      method: request.method(),
      body: request.postData(),
      headers: request.headers(),
    }),
  );
  const questionnaire = new Questionnaire(page, "es");
  await questionnaire.start();
  await questionnaire.answerAll({ emergency: ["none"], warning: ["fever"] });
  await questionnaire.seeResult();
  const link = (await page.locator("main a[href*='/es/handout#']").first().getAttribute("href")) ?? "";
  await page.goto(link);
  await expect(page.locator("main")).toHaveAttribute("data-urgency", "urgent");
  const token = new URL(link).hash.slice(1);
  const origin = new URL(page.url()).origin;
  for (const request of requests) {
    const url = new URL(request.url);
    expect(url.origin, request.url).toBe(origin);
    expect(["GET", "HEAD"]).toContain(request.method);
    expect(request.body).toBeNull();
    expect(url.search, request.url).not.toMatch(/lang|locale|es=/i);
    expect(request.url).not.toContain(token);
    expect(request.headers.cookie).toBeUndefined();
    expect(JSON.stringify(request.headers)).not.toMatch(/fever|warning|"es"/);
  }
  expect(await page.context().cookies()).toEqual([]);
});

test("a photo that cannot be kept gets a plain Spanish message, and nothing changes", async ({ page }) => {
  const [, answers] = outcomes.find(([urgency]) => urgency === "self_care") ?? [];
  await openWithAnswers(page, answers as Record<string, string>, at.result);
  const before = await page.evaluate(() => sessionStorage.getItem("red-pores-check:answers"));
  await page.getByLabel(es("photos.addLater")).setInputFiles({
    name: "vacaciones.jpg",
    mimeType: "image/jpeg",
    buffer: Buffer.from("Querido diario"),
  });
  await expect(page.locator("main").getByRole("alert")).toHaveText(`Error: ${es("photos.problem.not-an-image")}`);
  expect(await page.evaluate(() => sessionStorage.getItem("red-pores-check:answers"))).toBe(before);
  await expectSpanishPage(page, "result with a photo error");
});
