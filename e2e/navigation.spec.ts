import { expect, openWithAnswers, optionLabel, questionById, storageKey, test } from "./fixtures";
import { answersOf } from "./cases";

const heatRash = answersOf("heat-rash-after-run");

test("Back returns to the previous question with its answer still selected, as does the browser's back", async ({
  questionnaire,
  page,
}) => {
  await questionnaire.start();
  await questionnaire.answerAll({ emergency: ["none"], warning: ["none"], redness: "yes" });
  await questionnaire.expectQuestion("look");

  await page.getByRole("link", { name: "Back" }).click();
  await questionnaire.expectQuestion("redness");
  await expect(page.getByRole("radio", { name: "Yes" })).toBeChecked();

  await page.goBack();
  await questionnaire.expectQuestion("warning");
  await expect(page.getByRole("checkbox", { name: "None of these" })).toBeChecked();

  await page.goForward();
  await questionnaire.expectQuestion("redness");
  await questionnaire.continue();
  await questionnaire.expectQuestion("look");
});

test("refreshing a question page keeps every answer", async ({ questionnaire, page }) => {
  await questionnaire.start();
  await questionnaire.answerAll({ emergency: ["none"], warning: ["none"], redness: "no" });
  await page.reload();
  await questionnaire.expectQuestion("non_red_look");
  await expect(page.getByText("Question 4")).toBeVisible();
  await page.getByRole("link", { name: "Back" }).click();
  await questionnaire.expectQuestion("redness");
  await expect(page.getByRole("radio", { name: /^No:/ })).toBeChecked();
});

test("a question that is not on the current path sends the person to the next unanswered one", async ({
  questionnaire,
  page,
}) => {
  await page.goto("/questions/look/");
  await questionnaire.expectQuestion("emergency");

  await openWithAnswers(page, { emergency: ["none"], warning: ["none"], redness: "no" }, "/questions/risk/");
  await questionnaire.expectQuestion("non_red_look");

  await openWithAnswers(page, {}, "/result/");
  await expect(page).toHaveURL(/\/$/);
  await openWithAnswers(page, { emergency: ["none"] }, "/check-answers/");
  await questionnaire.expectQuestion("warning");
});

test("changing an answer on check answers re-asks what depends on it, and abandoned answers vanish", async ({
  questionnaire,
  page,
}) => {
  await openWithAnswers(page, heatRash, "/check-answers/");
  const summary = page.locator(".summary-list");
  await expect(summary).toContainText(optionLabel("look", "prickly"));

  await page.getByRole("link", { name: "Change what they look like" }).click();
  await questionnaire.answer("look", "rash");
  await questionnaire.continue();
  await questionnaire.answerAll({ where: ["belly_waist"], feel: "itchy", triggers: ["new_product"] });
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  await expect(summary).toContainText(optionLabel("look", "rash"));
  await expect(summary).toContainText("Belly or waist");

  await page.getByRole("link", { name: "Change red or inflamed" }).click();
  await questionnaire.answer("redness", "no");
  await questionnaire.continue();
  await questionnaire.answerAll({ non_red_look: "large_pores", age: "18_to_64", risk: ["none"] });
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  await expect(summary).not.toContainText(optionLabel("look", "rash"));
  await expect(summary).not.toContainText("Belly or waist");
  await expect(summary.getByRole("link", { name: /^Change/ })).toHaveCount(9);

  await questionnaire.seeResult();
  await questionnaire.expectOutcome("self_care", "enlarged_pores");
});

test("changing an answer that needs nothing new goes straight back to check answers", async ({
  questionnaire,
  page,
}) => {
  await openWithAnswers(page, heatRash, "/check-answers/");
  await page.getByRole("link", { name: "Change when they started" }).click();
  await questionnaire.answer("onset", "weeks");
  await questionnaire.continue();
  await expect(page).toHaveURL(/\/check-answers\/$/);
  await expect(page.locator(".summary-list")).toContainText("In the last few weeks, more than a week ago");
});

test("the result's Change your answer link reopens the emergency screen", async ({ questionnaire, page }) => {
  await questionnaire.start();
  await questionnaire.answer("emergency", ["swelling"]);
  await questionnaire.continue();
  await questionnaire.expectOutcome("emergency", "not_assessed");
  await page.getByRole("link", { name: "Change your answer" }).click();
  await questionnaire.expectQuestion("emergency");
  await expect(page.getByRole("checkbox", { name: optionLabel("emergency", "swelling") })).toBeChecked();
});

test("Delete my answers empties storage and sets no cookies", async ({ questionnaire, page, context }) => {
  await openWithAnswers(page, heatRash, "/result/");
  await questionnaire.expectOutcome("self_care", "unclear");
  expect(await page.evaluate((key) => window.sessionStorage.getItem(key), storageKey)).not.toBeNull();

  await page.getByRole("button", { name: "Delete my answers" }).click();
  await expect(page.getByRole("heading", { name: "Your answers and photos have been deleted" })).toBeVisible();
  expect(await page.evaluate(() => [window.sessionStorage.length, window.localStorage.length])).toEqual([0, 0]);
  expect(await context.cookies()).toEqual([]);

  await page.goto("/result/");
  await expect(page).toHaveURL(/\/$/);
});

test("Start again clears the answers and opens the first question", async ({ questionnaire, page }) => {
  await openWithAnswers(page, heatRash, "/result/");
  await page.getByRole("button", { name: "Start again" }).click();
  await questionnaire.expectQuestion("emergency");
  await expect(page.getByRole("checkbox", { name: "None of these" })).not.toBeChecked();
  expect(await questionnaire.storedAnswers()).toBeNull();
});

test("moving through the questions to check your answers fetches nothing, and Back still works", async ({
  questionnaire,
  page,
}) => {
  await questionnaire.start();
  await page.waitForLoadState("networkidle");
  const requests: string[] = [];
  // Chromium asks for the site icon again whenever the address changes; it is a static file with no data.
  page.on("request", (request) => {
    if (new URL(request.url()).pathname !== "/icon.svg") requests.push(request.url());
  });

  const answers = Object.entries(heatRash);
  await questionnaire.answerAll(Object.fromEntries(answers.slice(0, -1)));
  await questionnaire.expectQuestion("impact");
  expect(requests).toEqual([]);

  await questionnaire.answerAll(Object.fromEntries(answers.slice(-1)));
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  await expect(page).toHaveTitle("Check your answers – Red Pores Check");
  // Check your answers fetches the result page ahead: its data and its code, static files with no answers in them.
  await page.waitForLoadState("networkidle");
  for (const url of requests) {
    const { pathname } = new URL(url);
    expect(pathname.startsWith("/result/") || /^\/_next\/static\/chunks\/[\w/()[\]$-]+\.js$/.test(pathname), url).toBe(
      true,
    );
  }

  await page.goBack();
  await questionnaire.expectQuestion("impact");
  await expect(page).toHaveTitle(`${questionById("impact").title} – Red Pores Check`);
  await expect(page.getByRole("checkbox", { name: optionLabel("impact", "none") })).toBeChecked();
  await page.goForward();
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
});
