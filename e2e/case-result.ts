import type { Page } from "@playwright/test";
import { translator, treeIn } from "../lib/i18n/catalogs";
import type { Locale } from "../lib/i18n/locales";
import { checkBackOn, formatIsoDate, localIsoDate } from "../lib/recheck/dates";
import type { ExpectedCase } from "../lib/testing/cases";
import { reasonText } from "../lib/triage/cases";
import { expect } from "./fixtures";

// What a case's result page must show, in the language of the page. It comes from the case's own
// expectations and the tree's words for them, never from the engine under test.

export async function expectCaseResult(page: Page, journey: ExpectedCase, locale: Locale = "en") {
  const { urgency, condition, finding, checkBackWeeks, reasons, guidance } = journey.expect;
  const t = translator(locale);
  const tree = treeIn(locale);
  for (const reason of reasons) {
    await expect(
      page
        .getByRole("listitem")
        .filter({ hasText: reasonText(tree, reason).text })
        .first(),
    ).toBeVisible();
  }
  if (condition !== "not_assessed") {
    // Every case that reaches a finding names it (lib/triage/cases.test.ts), so the page must show that one.
    const named = tree.findings.find((f) => f.id === finding);
    if (!named) throw new Error(`case ${journey.id}: no finding '${finding}' in the tree`);
    await expect(page.locator("main")).toHaveAttribute("data-finding", named.id);
    const suggestion = page.getByText(t("result.looksLikeIntro"));
    await expect(suggestion.locator("strong")).toHaveText(named.name);
  } else {
    await expect(page.locator("main")).not.toHaveAttribute("data-finding");
    await expect(page.getByRole("heading", { name: t("result.looksLikeHeading") })).toHaveCount(0);
    await expect(page.getByRole("link", { name: t("result.changeAnswer") })).toBeVisible();
  }
  await expect(page.locator("[data-guidance]")).toHaveCount(guidance.length);
  if (guidance.length > 3) {
    await page.getByText(t("result.showAllSteps", { count: guidance.length }), { exact: true }).click();
  }
  for (const id of guidance) {
    const item = tree.guidance.find((g) => g.id === id);
    if (!item) throw new Error(`no guidance item '${id}' in the tree`);
    await expect(page.getByText(item.text, { exact: true })).toBeVisible();
  }
  if ((urgency === "urgent" || urgency === "appointment") && condition !== "not_assessed") {
    await expect(page.getByText(t("result.seeDermatologistYes"))).toBeVisible();
  }
  const checkBackHeading = page.getByRole("heading", { name: t("checkBack.heading") });
  if (checkBackWeeks) {
    await expect(checkBackHeading).toBeVisible();
    const date = formatIsoDate(checkBackOn(localIsoDate(new Date()), checkBackWeeks), locale);
    await expect(page.locator("[data-check-back-date]")).toHaveText(date);
    await expect(page.getByRole("heading", { name: t("result.soonerHeading") })).toBeVisible();
  } else {
    await expect(checkBackHeading).toHaveCount(0);
  }
}
