import { expect, openWithAnswers, optionLabel, test } from "./fixtures";

const beforeWeeks = { emergency: ["none"], warning: ["none"], redness: "yes", look: "prickly", onset: "days" };

test("Continue with nothing chosen shows an error summary that takes focus and links to the field", async ({
  questionnaire,
  page,
}) => {
  await openWithAnswers(page, { emergency: ["none"], warning: ["none"] }, "/questions/redness/");
  await questionnaire.expectQuestion("redness");
  const stored = await questionnaire.storedAnswers();
  await page.getByRole("button", { name: "Continue" }).click();

  const form = page.locator("form");
  const summary = form.locator(".error-summary");
  await expect(summary).toBeFocused();
  await expect(form.getByRole("alert")).toContainText("There is a problem");
  await expect(page).toHaveTitle(/^Error: /);
  const message = "Select yes if the bumps are red, pink or inflamed";
  await expect(summary.getByRole("link", { name: message })).toBeVisible();
  await expect(form.locator(".error-message")).toHaveText(`Error: ${message}`);
  await expect(page).toHaveURL(/\/questions\/redness\/$/);
  expect(await questionnaire.storedAnswers()).toBe(stored);

  await summary.getByRole("link", { name: message }).click();
  await expect(page.getByRole("radio", { name: "Yes" })).toBeFocused();

  await page.getByRole("radio", { name: "No" }).check();
  await questionnaire.continue();
  await questionnaire.expectQuestion("non_red_look");
  await expect(page).not.toHaveTitle(/^Error: /);
});

const badWeeks: [typed: string, message: string][] = [
  ["-1", "The number of weeks must be 0 or more"],
  ["3.5", "Enter a whole number of weeks, like 3"],
  ["105", "The number of weeks must be 104 or fewer"],
  ["abc", "Enter the number of weeks as a number, like 3"],
  ["", "Enter the number of weeks, or 0 if you have not started"],
];
for (const [typed, message] of badWeeks) {
  test(`weeks of care "${typed}" says what to fix and keeps the other answers`, async ({ questionnaire, page }) => {
    await openWithAnswers(page, beforeWeeks, "/questions/care_weeks/");
    await questionnaire.answer("care_weeks", typed);
    await page.getByRole("button", { name: "Continue" }).click();

    const form = page.locator("form");
    await expect(form.locator(".error-summary")).toBeFocused();
    await expect(form.locator(".error-summary").getByRole("link")).toHaveText(message);
    await expect(form.locator(".error-message")).toHaveText(`Error: ${message}`);
    await expect(page.getByRole("textbox", { name: /For how many weeks/ })).toHaveValue(typed);
    await expect(page.getByRole("textbox", { name: /For how many weeks/ })).toHaveAttribute("aria-invalid", "true");
    expect(JSON.parse((await questionnaire.storedAnswers()) ?? "{}")).toEqual(beforeWeeks);

    await questionnaire.answer("care_weeks", 2);
    await questionnaire.continue();
    await questionnaire.expectQuestion("progress");
  });
}

test("ticking 'none' clears the other boxes, and ticking another box clears 'none'", async ({
  questionnaire,
  page,
}) => {
  await questionnaire.start();
  const breathing = page.getByRole("checkbox", { name: optionLabel("emergency", "breathing") });
  const none = page.getByRole("checkbox", { name: "None of these" });
  await breathing.check();
  await none.check();
  await expect(breathing).not.toBeChecked();
  await breathing.check();
  await expect(none).not.toBeChecked();
});

test("a stored 'none' combined with another option is refused, not guessed", async ({ questionnaire, page }) => {
  await openWithAnswers(page, { emergency: ["none", "breathing"] }, "/result/");
  await questionnaire.expectQuestion("emergency");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.locator("form .error-summary")).toContainText("Select ‘None of these’ on its own, or untick it");
  await expect(page).toHaveURL(/\/questions\/emergency\/$/);
});
