import type { Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { translator } from "../lib/i18n/catalogs";
import { languageName, pseudoLocale, type Locale } from "../lib/i18n/locales";
import { localIsoDate } from "../lib/recheck/dates";
import { routesFor } from "../lib/routes";
import { encodeToken } from "../lib/share/token";
import { tree } from "../lib/tree/load";
import { fhirCodeFields, outsidePseudo, stringsIn } from "../lib/testing/pseudo";
import { caseForUrgency } from "./cases";
import { expect, openWithAnswers, Questionnaire, test } from "./fixtures";
import { journeyTo } from "./journey-to";

// Every word a person or a clinician reads comes from a catalog or the tree, never from the code. The test
// build adds a pseudo-language (scripts/pseudo-locale.mjs): every catalog message and tree word accented,
// 40% longer and marked ⟦…⟧. On its pages, any text outside the marks was written into the code.

if (!pseudoLocale) throw new Error("the pseudo-language is missing: build and test with NEXT_PUBLIC_PSEUDO_LOCALE=1");
const locale: Locale = pseudoLocale;
const t = translator(locale);
const routes = routesFor(locale);

// Words that are rightly the same in every language: each language's own name (the language links), and
// the month and day names a date gets from the browser in the page's language.
const intlWords = [
  ...Array.from({ length: 12 }, (_, m) => new Date(2026, m, 1)).map((d) =>
    d.toLocaleDateString(locale, { month: "long" }),
  ),
  ...Array.from({ length: 7 }, (_, d) => new Date(2026, 10, 1 + d)).map((day) =>
    day.toLocaleDateString(locale, { weekday: "long" }),
  ),
];
const fixedWords = [...Object.values(languageName), ...intlWords];

/** What is left of a text once every ⟦…⟧ (nested too) and every word that is rightly fixed is taken out. */
function hardCoded(text: string): string {
  let rest = outsidePseudo(text);
  for (const word of fixedWords) rest = rest.split(word).join("");
  // Addresses (a link shown as text) are not words either.
  rest = rest.replace(/https?:\/\/[^\s⟧]+/g, "");
  // Numbers, punctuation and symbols are not words.
  return rest.replace(/[\s\d.,:;!?()[\]{}'"“”‘’«»–—\-/·•*#%°+=×|~_@&<>✓✗≥]/g, "");
}

type Found = { where: string; text: string };

/** Every text of the page a person or a screen reader meets: text, alternative texts, labels, the title. */
async function textsOf(page: Page): Promise<Found[]> {
  return page.evaluate(() => {
    const found: { where: string; text: string }[] = [{ where: "<title>", text: document.title }];
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.className && typeof el.className === "string" ? `.${el.className.split(" ")[0]}` : ""}`;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // Ids a clinician reads as ids (a rule in <code>, a source's id) are not words.
      if (!parent || parent.closest("script, style, template, code, .document__cite-id")) continue;
      // With scripts on, <noscript> holds its HTML as text: its words are what a person without scripts reads.
      const raw = node.textContent ?? "";
      const text = (
        parent.tagName === "NOSCRIPT" ? (new DOMParser().parseFromString(raw, "text/html").body.textContent ?? "") : raw
      ).trim();
      if (text) found.push({ where: describe(parent), text });
    }
    for (const el of document.querySelectorAll("[aria-label], [alt], [title], [placeholder]")) {
      for (const name of ["aria-label", "alt", "title", "placeholder"]) {
        const value = el.getAttribute(name);
        if (value) found.push({ where: `${describe(el)}[${name}]`, text: value });
      }
    }
    return found;
  });
}

async function expectNoHardCodedWords(page: Page, state: string, { onScreen = true } = {}) {
  const texts = await textsOf(page);
  expect(texts.length, state).toBeGreaterThan(3);
  // A single character (an icon such as ✓ or i) is a symbol, not a word.
  const problems = texts
    .filter(({ text }) => text.length > 1 && hardCoded(text) !== "")
    .map(({ where, text }) => `${where}: ${text}`);
  expect(problems, `hard-coded words on ${state}`).toEqual([]);
  // The longer words still fit a 320 px phone (WCAG 1.4.10): nothing scrolls sideways.
  if (!onScreen) return;
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `sideways scrolling on ${state}`).toBeLessThanOrEqual(0);
}

test.use({ viewport: { width: 320, height: 700 } });

test("the start page, every question (empty and with its error) and check your answers", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(routes.start);
  await expectNoHardCodedWords(page, "the start page");
  const questionnaire = new Questionnaire(page, locale);
  for (const question of tree.questions) {
    await openWithAnswers(
      page,
      (journeyTo.get(question.id) ?? {}) as Record<string, string>,
      routes.question(question.id),
    );
    await questionnaire.expectQuestion(question.id);
    await expectNoHardCodedWords(page, `question ${question.id}`);
    await page.getByRole("button", { name: t("common.continue") }).click();
    await expect(page.locator("form .error-summary")).toBeVisible();
    await expectNoHardCodedWords(page, `question ${question.id} with its error`);
  }
  await openWithAnswers(page, caseForUrgency.self_care.answers, routes.checkAnswers);
  await expect(page.getByRole("heading", { level: 1, name: t("checkAnswers.title") })).toBeVisible();
  await expectNoHardCodedWords(page, "check your answers");
});

test("the result at every urgency, the summary, the criteria and the plain pages", async ({ page }) => {
  for (const [urgency, { answers }] of Object.entries(caseForUrgency)) {
    await openWithAnswers(page, answers, routes.result);
    await expect(page.locator("main")).toHaveAttribute("data-urgency", urgency);
    await expectNoHardCodedWords(page, `the ${urgency} result`);
  }
  await page.goto(routes.summary);
  await expect(page.getByRole("heading", { level: 1, name: t("summary.heading") })).toBeVisible();
  await expectNoHardCodedWords(page, "the summary");
  await page.emulateMedia({ media: "print" });
  await expectNoHardCodedWords(page, "the summary as printed", { onScreen: false });
  await page.emulateMedia({ media: "screen" });
  for (const [path, state] of [
    [routes.criteria, "the criteria"],
    [routes.answersDeleted, "answers deleted"],
    [`${routes.start}no-such-page/`, "page not found"],
    [`${routes.handoutPage}#not-a-token`, "a broken handout link"],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoHardCodedWords(page, state);
  }
});

test("the handout, its FHIR Bundle and note, the reminder and the re-check", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  const { answers } = caseForUrgency.self_care;
  await openWithAnswers(page, answers, routes.result);
  await expect(page.locator("main")).toHaveAttribute("data-urgency", "self_care");

  const downloadingReminder = page.waitForEvent("download");
  await page.getByRole("button", { name: t("checkBack.addReminder") }).click();
  const ics = readFileSync((await (await downloadingReminder).path()) ?? "", "utf8").replace(/\r\n /g, "");
  const reminderWords = ics
    .split("\r\n")
    .filter((line) => /^(SUMMARY|DESCRIPTION)/.test(line))
    .map((line) => line.slice(line.indexOf(":") + 1));
  expect(reminderWords.length).toBeGreaterThan(1);
  expect(reminderWords.filter((words) => hardCoded(words.replace(/\\[,;n\\]/g, " ")) !== "")).toEqual([]);
  const recheckLink = /URL:(\S+)/.exec(ics)?.[1] ?? "";
  expect(recheckLink).toContain(`/${locale}/recheck/#`);

  await page.goto(`${routes.handoutPage}#${encodeToken(tree, answers, undefined, localIsoDate(new Date()), locale)}`);
  await expect(page.locator("main")).toHaveAttribute("data-urgency", "self_care");
  await expectNoHardCodedWords(page, "the handout");

  await page.getByRole("button", { name: t("exports.copy") }).click();
  await expect(page.getByRole("status")).toContainText(t("exports.copied"));
  // The note stops at 1,000 characters, which the longer words reach: its last words may be cut short, but
  // they too must come from the catalog.
  const note = await page.evaluate(() => navigator.clipboard.readText());
  expect(hardCoded(note.replace(/⟦[^⟦⟧]*$/, "")), "the note for a record").toBe("");

  const downloadingBundle = page.waitForEvent("download");
  await page.getByRole("button", { name: t("exports.download") }).click();
  const bundle = JSON.parse(readFileSync((await (await downloadingBundle).path()) ?? "", "utf8")) as unknown;
  const words = stringsIn(bundle).filter(({ at }) => !fhirCodeFields.test(at));
  expect(words.length).toBeGreaterThan(20);
  expect(words.filter(({ text }) => hardCoded(text.replace(/\[[\w, -]+\]/g, "")) !== "")).toEqual([]);

  await page.goto(recheckLink);
  await expect(page.getByRole("heading", { level: 1, name: t("recheck.title") })).toBeVisible();
  await expectNoHardCodedWords(page, "the re-check");
});
