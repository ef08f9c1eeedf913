import type { Page } from "@playwright/test";
import { skinTones } from "../lib/pictures/catalog";
import type { AnswerValue } from "../lib/journey/answers";
import type { ChoiceQuestion } from "../lib/tree/schema";
import { tree } from "../lib/tree/load";
import { expectNoAxeViolations } from "./axe";
import { expect, openWithAnswers, Questionnaire, test } from "./fixtures";

// The pictures beside the words: the body map for "where", a drawing for every look, in the person's tone.
const choiceQuestions = tree.questions.filter((q): q is ChoiceQuestion => q.type !== "number");
const bodyMapQuestion = choiceQuestions.find((q) => q.pictures === "body-map");
const closeUpQuestions = choiceQuestions.filter((q) => q.pictures === "close-ups");
if (!bodyMapQuestion || closeUpQuestions.length === 0) throw new Error("the tree has no pictures");

// Answers that lead to each picture question (dermatitis-new-detergent's first answers).
const toWhere = { emergency: ["none"], warning: ["none"], redness: "yes", look: "rash", onset: "days" };
const before: Record<string, Record<string, AnswerValue>> = {
  redness: { emergency: ["none"], warning: ["none"] },
  look: { emergency: ["none"], warning: ["none"], redness: "yes" },
  non_red_look: { emergency: ["none"], warning: ["none"], redness: "no" },
};
const mapped = bodyMapQuestion.options.filter((o) => o.picture);

/** Hides every hint line, as a reader who skips them would (the page's policy allows no inline style sheet). */
const hideHints = (page: Page) =>
  page.locator(".hint").evaluateAll((hints) => hints.forEach((hint) => ((hint as HTMLElement).style.display = "none")));
const region = (page: Page, optionId: string) => page.locator(`[data-option="${optionId}"]`);
const highlighted = (page: Page) =>
  page.locator(".body-map [data-selected]").evaluateAll((regions) => regions.map((r) => r.getAttribute("data-option")));
const ticked = (page: Page) =>
  page.getByRole("checkbox", { checked: true }).evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));

test.describe("on a phone, with touch", () => {
  test.use({ hasTouch: true, viewport: { width: 390, height: 844 } });
  test("tapping a region ticks its box", async ({ page }) => {
    await openWithAnswers(page, toWhere, `/questions/${bodyMapQuestion.id}/`);
    const option = mapped[0];
    if (!option) throw new Error("no option");
    await region(page, option.id).locator("> *").first().tap();
    await expect(page.getByRole("checkbox", { name: option.label, exact: true })).toBeChecked();
  });
});

test("tapping each region of the body map ticks exactly its box, and ticking a box highlights exactly its region", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openWithAnswers(page, toWhere, `/questions/${bodyMapQuestion.id}/`);
  await expect(page.locator(".body-map")).toBeVisible();
  await expect(page.locator(".body-map [data-option]")).toHaveCount(mapped.length);
  for (const option of mapped) {
    await region(page, option.id).locator("> *").first().click();
    await expect(page.getByRole("checkbox", { name: option.label, exact: true })).toBeChecked();
    expect(await ticked(page)).toEqual([option.id]);
    expect(await highlighted(page)).toEqual([option.id]);
    await region(page, option.id).locator("> *").last().click();
    expect(await ticked(page)).toEqual([]);
  }
  for (const option of mapped) {
    const box = page.getByRole("checkbox", { name: option.label, exact: true });
    await box.check();
    expect(await highlighted(page)).toEqual([option.id]);
    await box.uncheck();
    expect(await highlighted(page)).toEqual([]);
  }
});

test("with the map present, the question still works by keyboard alone, and the map takes no focus", async ({
  page,
}) => {
  await openWithAnswers(page, toWhere, `/questions/${bodyMapQuestion.id}/`);
  const first = mapped[1];
  if (!first) throw new Error("no option");
  await page.getByRole("checkbox", { name: first.label, exact: true }).focus();
  await page.keyboard.press("Space");
  expect(await highlighted(page)).toEqual([first.id]);
  for (let presses = 0; presses < 40; presses++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => ({
      inMap: document.activeElement?.closest(".body-map") !== null,
      name: document.activeElement?.textContent?.trim(),
    }));
    expect(focused.inMap).toBe(false);
    if (focused.name === "Continue") break;
  }
  await page.keyboard.press("Enter");
  await expect(page).not.toHaveURL(new RegExp(`/questions/${bodyMapQuestion.id}/`));
  expect(JSON.parse((await new Questionnaire(page).storedAnswers()) ?? "{}")[bodyMapQuestion.id]).toEqual([first.id]);
});

test("every look shows its own drawing inside its label, coloured in each skin tone, redness too", async ({ page }) => {
  for (const question of closeUpQuestions) {
    await openWithAnswers(page, before[question.id] ?? {}, `/questions/${question.id}/`);
    const picker = page.getByRole("combobox", { name: /skin/ });
    const colours: string[] = [];
    for (const tone of skinTones) {
      await picker.selectOption(tone.id);
      for (const option of question.options) {
        const label = page.locator("label", { hasText: option.label });
        await expect(label.locator(`svg[data-picture="${option.picture}"]`)).toHaveCount(1);
        await expect(label.locator("svg")).toHaveAttribute("aria-hidden", "true");
      }
      const skin = await page
        .locator(".pic-skin")
        .first()
        .evaluate((el) => getComputedStyle(el).fill);
      const redness = await page
        .locator(".pic-red, .pic-red-soft, .pic-pore")
        .first()
        .evaluate((el) => getComputedStyle(el).fill);
      colours.push(`${skin} ${redness}`);
    }
    // Each tone draws both the skin and the redness (or the pores) in colours of its own.
    expect(new Set(colours).size).toBe(skinTones.length);
  }
});

test("the tone chosen once follows the person to the result, which shows the drawing of the look they chose", async ({
  page,
}) => {
  const look = closeUpQuestions.find((q) => q.id in before && before[q.id]?.redness === "yes");
  if (!look) throw new Error("no look question");
  const darkest = skinTones[skinTones.length - 1]!;
  await openWithAnswers(page, before[look.id] ?? {}, `/questions/${look.id}/`);
  await page.getByRole("combobox", { name: /skin/ }).selectOption(darkest.id);
  await openWithAnswers(
    page,
    { ...toWhere, where: ["belly_waist"], feel: "itchy", triggers: ["new_product"], care_weeks: 0, impact: ["none"] },
    "/result/",
  );
  const chosen = look.options.find((o) => o.id === toWhere.look);
  const drawing = page
    .getByRole("region", { name: "What it looks most like" })
    .locator(`svg[data-picture="${chosen?.picture}"]`);
  await expect(drawing).toHaveCount(1);
  await expect(drawing.locator("xpath=..")).toHaveClass(new RegExp(`tone-${darkest.id}`));
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the body map and the drawings have no axe violations in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openWithAnswers(page, toWhere, `/questions/${bodyMapQuestion.id}/`);
    await page.getByRole("checkbox", { name: mapped[0]?.label ?? "", exact: true }).check();
    await expectNoAxeViolations(page, `body map, ${colorScheme}`);
    for (const question of closeUpQuestions) {
      await openWithAnswers(page, before[question.id] ?? {}, `/questions/${question.id}/`);
      await expectNoAxeViolations(page, `${question.id} with drawings, ${colorScheme}`);
    }
  });
}

test("the redness question reads right with every hint hidden: its options name darker, purple or grey, each with a drawing", async ({
  page,
}) => {
  await openWithAnswers(page, before.redness ?? {}, "/questions/redness/");
  await hideHints(page);
  await expect(page.locator(".hint").first()).toBeHidden();
  const yes = page.getByRole("radio", { name: /darker, purple or grey/ });
  await expect(yes).toBeVisible();
  await expect(page.getByRole("radio", { name: /same colour as the skin around them/ })).toBeVisible();
  for (const words of [/darker, purple or grey/, /same colour as the skin around them/]) {
    await expect(page.locator("label", { hasText: words }).locator("svg[data-picture]")).toBeVisible();
  }
  // The tone chosen here is the one the later drawings use.
  await page.getByRole("combobox", { name: /skin/ }).selectOption("dark");
  await yes.check();
  await new Questionnaire(page).continue();
  await expect(page.locator(".tone-dark svg[data-picture]").first()).toBeVisible();
});

test("onset and where name the boundary of a week, the mouth, and where a forearm or a whole leg goes, with hints hidden", async ({
  page,
}) => {
  await openWithAnswers(page, { ...toWhere }, "/questions/onset/");
  await hideHints(page);
  await expect(page.getByRole("radio", { name: /up to a week ago/ })).toBeVisible();
  await expect(page.getByRole("radio", { name: /more than a week ago/ })).toBeVisible();
  await openWithAnswers(page, toWhere, `/questions/${bodyMapQuestion.id}/`);
  await hideHints(page);
  await expect(page.getByRole("checkbox", { name: /forearms/ })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: /from knee to ankle/ })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: /from hip to knee/ })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: /around the mouth/ })).toBeVisible();
});
