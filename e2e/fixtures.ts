import { test as base, expect, type Page } from "@playwright/test";
import { translator, treeIn } from "../lib/i18n/catalogs";
import type { Locale } from "../lib/i18n/locales";
import type { AnswerValue } from "../lib/journey/answers";
import { routesFor } from "../lib/routes";
import type { Question } from "../lib/tree/schema";

export { expect };

export function questionById(id: string, locale: Locale = "en"): Question {
  const question = treeIn(locale).questions.find((q) => q.id === id);
  if (!question) throw new Error(`no question '${id}' in the tree`);
  return question;
}

export function optionLabel(questionId: string, optionId: string, locale: Locale = "en"): string {
  const question = questionById(questionId, locale);
  const option = question.type === "number" ? undefined : question.options.find((o) => o.id === optionId);
  if (!option) throw new Error(`no option '${optionId}' in question '${questionId}'`);
  return option.label;
}

/**
 * The questionnaire as a person uses it: by headings, labels and buttons, built from the tree's own wording
 * and the interface's catalog, in the language of the pages it walks (English unless told).
 */
export class Questionnaire {
  readonly tree;
  readonly t;
  readonly routes;

  constructor(
    readonly page: Page,
    readonly locale: Locale = "en",
  ) {
    this.tree = treeIn(locale);
    this.t = translator(locale);
    this.routes = routesFor(locale);
  }

  async start() {
    await this.page.goto(this.routes.start);
    await this.page.getByRole("button", { name: this.t("start.startNow") }).click();
    await this.expectQuestion(this.tree.start);
  }

  heading(questionId: string) {
    return this.page.getByRole("heading", { level: 1, name: questionById(questionId, this.locale).title, exact: true });
  }

  async expectQuestion(questionId: string) {
    await expect(this.heading(questionId)).toBeVisible();
    await expect(this.page).toHaveURL(new RegExp(`${this.routes.question(questionId).replace(/\//g, "\\/")}`));
  }

  async answer(questionId: string, value: AnswerValue) {
    await this.expectQuestion(questionId);
    const question = questionById(questionId, this.locale);
    if (question.type === "number") {
      await this.page.getByRole("textbox", { name: question.title }).fill(String(value));
      return;
    }
    const chosen = Array.isArray(value) ? value : [value];
    const role = question.type === "multi" ? "checkbox" : "radio";
    for (const optionId of chosen) {
      await this.page
        .getByRole(role, { name: optionLabel(questionId, String(optionId), this.locale), exact: true })
        .check();
    }
  }

  async continue() {
    const before = this.page.url();
    await this.page.getByRole("button", { name: this.t("common.continue") }).click();
    await this.page.waitForURL((url) => url.href !== before);
  }

  /** Answers each question in the order given, expecting exactly that order of pages. */
  async answerAll(answers: Record<string, AnswerValue>) {
    for (const [questionId, value] of Object.entries(answers)) {
      await this.answer(questionId, value);
      await this.continue();
    }
  }

  async seeResult() {
    if (new URL(this.page.url()).pathname === this.routes.checkAnswers) {
      await expect(this.page.getByRole("heading", { level: 1, name: this.t("checkAnswers.title") })).toBeVisible();
      await this.page.getByRole("button", { name: this.t("checkAnswers.seeResult") }).click();
    }
    await expect(this.page).toHaveURL(new RegExp(`${this.routes.result}$`));
  }

  async expectOutcome(urgency: string, condition: string) {
    const main = this.page.locator("main");
    await expect(main).toHaveAttribute("data-urgency", urgency);
    await expect(main).toHaveAttribute("data-condition", condition);
    const text = this.tree.urgencies[urgency as keyof typeof this.tree.urgencies];
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText(`${text.label}: ${text.title}`);
  }

  async storedAnswers(): Promise<string | null> {
    return this.page.evaluate(() => window.sessionStorage.getItem("red-pores-check:answers"));
  }
}

/**
 * Every test, on every page and state it visits, fails if the browser reports a Content-Security-Policy
 * violation: a securitypolicyviolation event, or Chrome's own console report of one. A test that tampers
 * with a page on purpose marks itself with the "expects-policy-violation" annotation.
 */
export const test = base.extend<{ questionnaire: Questionnaire; policyViolations: string[] }>({
  questionnaire: async ({ page }, provide) => {
    await provide(new Questionnaire(page));
  },
  policyViolations: [
    async ({ page }, provide, testInfo) => {
      const seen: string[] = [];
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) => {
          console.error(`securitypolicyviolation: ${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      page.on("console", (message) => {
        const text = message.text();
        if (message.type() === "error" && /securitypolicyviolation|Content Security Policy/.test(text)) seen.push(text);
      });
      await provide(seen);
      if (!testInfo.annotations.some((a) => a.type === "expects-policy-violation")) {
        expect(seen, `Content-Security-Policy violations on ${page.url()}`).toEqual([]);
      }
    },
    { auto: true },
  ],
});

export const storageKey = "red-pores-check:answers";

export const versionKey = "red-pores-check:answers-version";

/**
 * Puts answers into the tab's storage as earlier pages would have, given to today's version of the tree (or
 * to `version`, as a tab left open across a release would hold them), then opens `path`.
 */
export async function openWithAnswers(
  page: Page,
  answers: Record<string, AnswerValue>,
  path: string,
  version: string | null = treeIn("en").version,
) {
  await page.goto("/");
  await page.evaluate(
    ({ key, value, versionKey, version }) => {
      window.sessionStorage.setItem(key, value);
      if (version === null) window.sessionStorage.removeItem(versionKey);
      else window.sessionStorage.setItem(versionKey, JSON.stringify(version));
    },
    { key: storageKey, value: JSON.stringify(answers), versionKey, version },
  );
  await page.goto(path);
}
