import type { Page } from "@playwright/test";
import ICAL from "ical.js";
import { readFileSync } from "node:fs";
import { expect, openWithAnswers, Questionnaire } from "./fixtures";

// kp-arms-teen: red rough bumps on the arms, no home care yet → self-care, check back after four weeks.
export const firstCheck = {
  emergency: ["none"],
  warning: ["none"],
  redness: "yes",
  look: "rough",
  onset: "years",
  age: "12_to_17",
  care_weeks: 0,
  impact: ["none"],
};

/** Gets the reminder from the self-care result as a person would: the .ics download, parsed. */
export async function downloadReminder(page: Page) {
  await openWithAnswers(page, firstCheck, "/result/");
  await expect(page.locator("main")).toHaveAttribute("data-urgency", "self_care");
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: /calendar/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("skin-check-in.ics");
  const text = readFileSync((await download.path()) ?? "", "utf8");
  const event = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent("vevent");
  if (!event) throw new Error("no event in the .ics file");
  return { text, event, link: String(event.getFirstPropertyValue("url")) };
}

/** Opens the reminder's link in a new tab whose clock reads `date`, and starts the re-check. */
export async function recheckOn(page: Page, link: string, date: string) {
  const later = await page.context().newPage();
  await later.clock.install({ time: new Date(`${date}T10:00:00`) });
  await later.goto(link);
  await expect(later.getByRole("heading", { level: 1, name: "Your skin check-in" })).toBeVisible();
  await later.getByRole("button", { name: "Start your re-check" }).click();
  const questionnaire = new Questionnaire(later);
  await questionnaire.answerAll({ emergency: ["none"], warning: ["none"] });
  return { later, questionnaire };
}
