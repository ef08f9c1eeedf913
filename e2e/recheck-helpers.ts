import type { Page } from "@playwright/test";
import ICAL from "ical.js";
import { readFileSync } from "node:fs";
import { translator } from "../lib/i18n/catalogs";
import type { Locale } from "../lib/i18n/locales";
import { routesFor } from "../lib/routes";
import { expect, openWithAnswers, Questionnaire } from "./fixtures";
import { answersOf } from "./cases";

// kp-arms-teen: red rough bumps on the arms, no home care yet → self-care, check back after four weeks.
export const firstCheck = answersOf("kp-arms-teen");

/** Gets the reminder from the self-care result as a person would, in their language: the .ics download, parsed. */
export async function downloadReminder(page: Page, locale: Locale = "en") {
  const t = translator(locale);
  await openWithAnswers(page, firstCheck, routesFor(locale).result);
  await expect(page.locator("main")).toHaveAttribute("data-urgency", "self_care");
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: t("checkBack.addReminder") }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(t("checkBack.reminderFile"));
  const text = readFileSync((await download.path()) ?? "", "utf8");
  const event = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent("vevent");
  if (!event) throw new Error("no event in the .ics file");
  return { text, event, link: String(event.getFirstPropertyValue("url")) };
}

/** Opens the reminder's link in a new tab whose clock reads `date`, and starts the re-check. */
export async function recheckOn(page: Page, link: string, date: string, locale: Locale = "en") {
  const t = translator(locale);
  const later = await page.context().newPage();
  await later.clock.install({ time: new Date(`${date}T10:00:00`) });
  await later.goto(link);
  await expect(later.getByRole("heading", { level: 1, name: t("recheck.title") })).toBeVisible();
  await later.getByRole("button", { name: t("recheck.start") }).click();
  const questionnaire = new Questionnaire(later, locale);
  await questionnaire.answerAll({ emergency: ["none"], warning: ["none"] });
  return { later, questionnaire };
}
