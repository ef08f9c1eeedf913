import { readFileSync } from "node:fs";
import { loadCases } from "../lib/testing/cases";
import { treeIn } from "../lib/i18n/catalogs";
import { expect, openWithAnswers, test } from "./fixtures";
import { recheckOn } from "./recheck-helpers";

// Links given out before the site had Spanish pages: printed QR codes, messages to a doctor and calendar
// reminders can hold them for years. Each was made by the site as it was then (formats 1 to 4).
const handoutLinks = [
  {
    made: "a first handout link, format 1 (folliculitis after shaving)",
    path: "/handout#AQEAAAEDAQEHAgAEAQUCBwECCgEACwANAQNOGA",
    expected: loadCases().find((c) => c.id === "folliculitis-after-shaving")?.expect,
    date: undefined,
  },
  {
    made: "a dated handout link, format 3 (kp-arms-teen)",
    path: "/handout#AwEACdMAAQMBAQcCAAQABQAGAQsADQEDHHc",
    expected: { urgency: "self_care", condition: "keratosis_pilaris" },
    date: /20 November 2026/,
  },
  {
    made: "a re-check's handout link, format 4 (kp-arms-teen, the same after four weeks)",
    path: "/handout#BAEACe8J0xMAAQMBAQcCAAQABQAGAQsADQEDAAEDAQEHAgAEAAUABgELBAwBZOE",
    expected: { urgency: "appointment", condition: "keratosis_pilaris" },
    date: /18 December 2026/,
  },
];

for (const link of handoutLinks) {
  test(`${link.made} still opens the English handout with the same outcome`, async ({ page }) => {
    await page.goto(link.path);
    await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
    await expect(page.getByRole("heading", { level: 1, name: /^Clinician handout/ })).toBeVisible();
    await expect(page.locator("main")).toHaveAttribute("data-urgency", link.expected?.urgency ?? "");
    await expect(page.locator("main")).toHaveAttribute("data-condition", link.expected?.condition ?? "");
    await expect(page.getByRole("row", { name: /Language the person answered in/ })).toContainText("English");
    if (link.date) await expect(page.getByRole("row", { name: /Date of the check/ })).toContainText(link.date);
  });
}

test("a calendar reminder's re-check link from before still opens the English check-in", async ({ page }) => {
  await page.goto("/recheck/#AgEACdMTAAEDAQEHAgAEAAUABgELAA0BAy68");
  await expect(page.getByRole("heading", { level: 1, name: "Your skin check-in" })).toBeVisible();
  await expect(page.getByText(/You started home care on .*20 November 2026/)).toBeVisible();
  await expect(page.getByText("Care at home: You can care for this at home")).toBeVisible();
});

test("every page address of before still answers, in English, where it was", async ({ page }) => {
  for (const path of [
    "/",
    "/questions/emergency/",
    "/questions/care_weeks/",
    "/check-answers/",
    "/result/",
    "/summary/",
    "/handout/",
    "/recheck/",
    "/criteria/",
    "/answers-deleted/",
  ]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    expect(await response.text(), path).toContain('<html lang="en-GB">');
  }
});

// Links recorded when each published version was released (decision-tree/published/<version>/links.json): each
// opens with its own version's questions and shows what the person was told, and what today's rules say.
const recorded = JSON.parse(readFileSync("decision-tree/published/1.0/links.json", "utf8")) as {
  id: string;
  kind: "handout" | "invite";
  language: "en" | "es";
  token: string;
  expect: { urgency: string; condition: string };
}[];

for (const link of recorded.filter((l) => l.kind === "handout")) {
  test(`a version 1.0 handout link (${link.id}) opens with version 1.0's outcome and says what today's rules say`, async ({
    page,
  }) => {
    await page.goto(`${link.language === "es" ? "/es" : ""}/handout#${link.token}`);
    await expect(page.locator("main")).toHaveAttribute("data-urgency", link.expect.urgency);
    await expect(page.locator("main")).toHaveAttribute("data-condition", link.expect.condition);
    await expect(page.locator(".document__meta")).toContainText("1.0");
    await expect(page.locator("[data-todays-rules]")).toContainText("1.1");
  });
}

test("a version 1.0 calendar reminder opens its check-in, read with version 1.0", async ({ page }) => {
  const invite = recorded.find((l) => l.kind === "invite");
  await page.goto(`/recheck/#${invite?.token}`);
  await expect(page.getByRole("heading", { level: 1, name: "Your skin check-in" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Start your re-check" })).toBeVisible();
});

test("answers kept in a tab from version 1.0 are asked again from the first question that changed", async ({
  page,
}) => {
  const answers = { emergency: ["none"], warning: ["none"], redness: "yes", look: "rough", onset: "years" };
  // Kept before answers carried their version: version 1.0's, whose emergency screen has changed since.
  await openWithAnswers(page, answers, "/questions/age/", null);
  await expect(page).toHaveURL(/\/questions\/emergency\/$/);
  await expect(page.getByText("The questions have changed since you started")).toBeVisible();
  expect(await page.evaluate(() => sessionStorage.getItem("red-pores-check:answers"))).toBe("{}");
});

test("a version 1.0 reminder answered today compares the 1.0 first check with today's, on the result and the handout", async ({
  page,
}) => {
  const invite = recorded.find((l) => l.kind === "invite");
  // Four weeks after home care started (2026-11-20), as the reminder's date would be.
  const { later, questionnaire } = await recheckOn(page, `/recheck/#${invite?.token}`, "2026-12-18");
  // Version 1.1 changed how the bumps look, when they started and the age question's routes: asked again.
  await questionnaire.answerAll({ look: "rough", onset: "years", age: "12_to_17" });
  await questionnaire.expectQuestion("care_weeks");
  await expect(later.getByRole("textbox", { name: /For how many weeks/ })).toHaveValue("4");
  await questionnaire.continue();
  await questionnaire.answerAll({ progress: "same" });
  await questionnaire.seeResult();
  await questionnaire.expectOutcome("appointment", "keratosis_pilaris");
  const beforeAfter = later.getByRole("region", { name: "Before and after" });
  await expect(beforeAfter.getByRole("row", { name: /Advice/ })).toContainText("Care at home");

  const handout = (await later.locator("main a[href*='/handout#']").first().getAttribute("href")) ?? "";
  await later.goto(handout);
  await expect(later.locator("main")).toHaveAttribute("data-urgency", "appointment");
  await expect(later.locator(".document__meta")).toContainText(`version ${treeIn("en").version}`);
  const comparison = later.getByRole("region", { name: "First check and re-check" });
  await expect(comparison.getByRole("row", { name: /Advice/ })).toContainText("Care at home");
});
