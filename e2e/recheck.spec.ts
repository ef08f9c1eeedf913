import { checkBackOn, formatIsoDate, localIsoDate } from "../lib/recheck/dates";
import { expectNoAxeViolations } from "./axe";
import { expect, openWithAnswers, Questionnaire, test } from "./fixtures";
import { downloadReminder, firstCheck, recheckOn } from "./recheck-helpers";

test("a self-care result offers a calendar reminder on the check-back date, with a neutral title and a link back", async ({
  page,
}) => {
  const today = localIsoDate(new Date());
  const { text, event, link } = await downloadReminder(page);
  expect(event.getFirstPropertyValue("summary")).toBe("Skin check-in");
  expect(event.getFirstPropertyValue("dtstart")?.toString()).toBe(checkBackOn(today, 4));
  expect(event.getFirstSubcomponent("valarm")?.getFirstPropertyValue("action")).toBe("DISPLAY");
  expect(String(event.getFirstPropertyValue("description"))).toContain(link);
  expect(link).toMatch(/\/recheck\/#[A-Za-z0-9_-]+$/);
  expect(text).not.toMatch(/keratosis|pilaris/i);

  await expect(page.getByLabel("When do you start the home care?")).toHaveValue(today);
  await page.getByLabel("When do you start the home care?").fill("2027-01-04");
  await expect(page.locator("[data-check-back-date]")).toHaveText(formatIsoDate("2027-02-01"));
});

test("coming back after four weeks and answering 'about the same' leads to an appointment for no improvement", async ({
  page,
}) => {
  const { link } = await downloadReminder(page);
  const checkBack = checkBackOn(localIsoDate(new Date()), 4);
  const { later, questionnaire } = await recheckOn(page, link, checkBack);

  await questionnaire.expectQuestion("care_weeks");
  await expect(later.getByRole("textbox", { name: /For how many weeks/ })).toHaveValue("4");
  await expect(later.getByText("so we have filled in 4")).toBeVisible();
  await questionnaire.continue();
  await questionnaire.answer("progress", "same");
  await questionnaire.continue();
  await questionnaire.seeResult();
  await questionnaire.expectOutcome("appointment", "keratosis_pilaris");
  await expect(later.getByRole("listitem").filter({ hasText: "daily home care for 4 weeks" })).toBeVisible();
  await expect(
    later.getByRole("listitem").filter({ hasText: "about the same since starting home care" }),
  ).toBeVisible();

  const beforeAfter = later.getByRole("region", { name: "Before and after" });
  await expect(beforeAfter.getByRole("row", { name: /Advice/ })).toContainText("Care at home");
  await expect(beforeAfter.getByRole("row", { name: /Advice/ })).toContainText("Book an appointment");
  await expect(beforeAfter).toContainText("The advice has changed");
  await expectNoAxeViolations(later, "result of the re-check");

  // The summary and the clinician handout carry the comparison too.
  const handout = (await later.locator("main a[href*='/handout#']").first().getAttribute("href")) ?? "";
  await later.getByRole("link", { name: "Print or save a summary" }).click();
  await expect(later.getByRole("region", { name: "Before and after" })).toContainText("Book an appointment");
  await later.goto(handout);
  await expect(later.locator("main")).toHaveAttribute("data-urgency", "appointment");
  const comparison = later.getByRole("region", { name: "First check and re-check" });
  await expect(comparison.getByRole("row", { name: /Weeks of daily home care/ })).toContainText("4 weeks");
  await expect(comparison.getByRole("row", { name: /Advice/ })).toContainText("Care at home");
});

test("answering 'better' stays in self-care with a new check-back date", async ({ page }) => {
  const { link } = await downloadReminder(page);
  const checkBack = checkBackOn(localIsoDate(new Date()), 4);
  const { later, questionnaire } = await recheckOn(page, link, checkBack);
  await questionnaire.continue();
  await questionnaire.answerAll({ progress: "better", impact: ["none"] });
  await questionnaire.seeResult();
  await questionnaire.expectOutcome("self_care", "keratosis_pilaris");
  await expect(later.locator("[data-check-back-date]")).toHaveText(formatIsoDate(checkBackOn(checkBack, 4)));
  await expect(later.getByRole("region", { name: "Before and after" })).toContainText("The advice has not changed");
});

test("a warning sign at the re-check goes straight to urgent", async ({ page }) => {
  const { link } = await downloadReminder(page);
  const later = await page.context().newPage();
  await later.clock.install({ time: new Date(`${checkBackOn(localIsoDate(new Date()), 4)}T10:00:00`) });
  await later.goto(link);
  await later.getByRole("button", { name: "Start your re-check" }).click();
  const questionnaire = new Questionnaire(later);
  await questionnaire.answer("emergency", ["none"]);
  await questionnaire.continue();
  await questionnaire.answer("warning", ["spreading"]);
  await questionnaire.continue();
  await questionnaire.expectOutcome("urgent", "not_assessed");
});

test("on the same device, the start page offers the re-check until the answers are deleted", async ({ page }) => {
  await downloadReminder(page);
  await page.goto("/");
  const banner = page.getByRole("region", { name: "Your skin check-in" });
  await expect(banner).toContainText(formatIsoDate(checkBackOn(localIsoDate(new Date()), 4)));
  await banner.getByRole("link", { name: "Start your re-check" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your skin check-in" })).toBeVisible();
  await expectNoAxeViolations(page, "re-check start page");

  await openWithAnswers(page, firstCheck, "/result/");
  await page.getByRole("button", { name: "Delete my answers" }).click();
  await expect(page.getByRole("heading", { name: "Your answers and photos have been deleted" })).toBeVisible();
  expect(await page.evaluate(() => [sessionStorage.length, localStorage.length])).toEqual([0, 0]);
  await page.goto("/");
  await expect(page.getByRole("region", { name: "Your skin check-in" })).toHaveCount(0);
});

test("a damaged re-check link shows the plain error page", async ({ page }) => {
  await page.goto("/recheck/#AAAA");
  await expect(page.locator("main")).toHaveAttribute("data-error", "malformed");
  await expect(page.getByRole("heading", { level: 1, name: "This link cannot be read" })).toBeVisible();
});
