import type { Locator, Page } from "@playwright/test";
import { expect, optionLabel, questionById, test } from "./fixtures";

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it never gets there. */
async function tabTo(page: Page, target: Locator, maxPresses = 15) {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

async function expectHeadingFocused(page: Page, questionId: string) {
  const heading = page.getByRole("heading", { level: 1, name: questionById(questionId).title, exact: true });
  await expect(heading).toBeFocused();
}

test("a whole journey with the keyboard alone: Tab, Space, arrow keys and Enter", async ({ page }) => {
  await page.goto("/");
  const start = page.getByRole("button", { name: "Start now" });
  await tabTo(page, start);
  await page.keyboard.press("Enter");

  // Emergency screen: tick "none" with Space, Continue with Enter.
  await expect(page).toHaveURL(/\/questions\/emergency\/$/);
  const noEmergency = page.getByRole("checkbox", { name: "None of these" });
  await tabTo(page, noEmergency);
  await page.keyboard.press("Space");
  await expect(noEmergency).toBeChecked();
  await tabTo(page, page.getByRole("button", { name: "Continue" }));
  await page.keyboard.press("Enter");

  await expectHeadingFocused(page, "warning");
  await tabTo(page, page.getByRole("checkbox", { name: "None of these" }));
  await page.keyboard.press("Space");
  await tabTo(page, page.getByRole("button", { name: "Continue" }));
  await page.keyboard.press("Enter");

  // Radios: Tab into the group, arrow keys move the choice.
  await expectHeadingFocused(page, "redness");
  await tabTo(page, page.getByRole("radio", { name: "Yes" }));
  await page.keyboard.press("Space");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: "No" })).toBeChecked();
  await page.keyboard.press("ArrowUp");
  await expect(page.getByRole("radio", { name: "Yes" })).toBeChecked();
  await page.keyboard.press("Enter"); // Enter in a form field submits the form, as in any browser form
  await expectHeadingFocused(page, "look");

  await tabTo(page, page.getByRole("radio", { name: optionLabel("look", "rough") }));
  await page.keyboard.press("Space");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: optionLabel("look", "prickly") })).toBeChecked();
  await tabTo(page, page.getByRole("button", { name: "Continue" }));
  await page.keyboard.press("Enter");

  await expectHeadingFocused(page, "onset");
  await tabTo(page, page.getByRole("radio", { name: optionLabel("onset", "years") }));
  await page.keyboard.press("Space");
  await page.keyboard.press("Enter");

  await expectHeadingFocused(page, "care_weeks");
  await tabTo(page, page.getByRole("textbox", { name: questionById("care_weeks").title }));
  await page.keyboard.type("0");
  await page.keyboard.press("Enter");

  await expectHeadingFocused(page, "impact");
  await tabTo(page, page.getByRole("checkbox", { name: "None of these" }));
  await page.keyboard.press("Space");
  await tabTo(page, page.getByRole("button", { name: "Continue" }));
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeFocused();
  await tabTo(page, page.getByRole("button", { name: "See your result" }), 30);
  await page.keyboard.press("Enter");

  await expect(page.locator("main")).toHaveAttribute("data-urgency", "self_care");
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
});

type FocusStyle = {
  outlineStyle: string;
  outlineWidth: string;
  outlineColor: string;
  boxShadow: string;
  background: string;
};

async function focusStyle(target: Locator): Promise<FocusStyle> {
  return target.evaluate((el) => {
    const css = getComputedStyle(el);
    return {
      outlineStyle: css.outlineStyle,
      outlineWidth: css.outlineWidth,
      outlineColor: css.outlineColor,
      boxShadow: css.boxShadow,
      background: css.backgroundColor,
    };
  });
}

const transparent = (color: string) => color === "transparent" || /rgba\(.*,\s*0\)$/.test(color);

test("focus is always visible on links, buttons and fields", async ({ page }) => {
  await page.goto("/questions/emergency/");
  for (const target of [
    page.getByRole("link", { name: "Back" }),
    page.getByRole("checkbox", { name: "None of these" }),
    page.getByRole("button", { name: "Continue" }),
  ]) {
    const resting = await focusStyle(target);
    await tabTo(page, target);
    const focused = await focusStyle(target);
    // A visible indicator: an outline that can be seen (not a transparent one, which only shows in forced
    // colours), or a shadow or background that appears only with focus.
    const outline =
      focused.outlineStyle !== "none" && parseFloat(focused.outlineWidth) >= 2 && !transparent(focused.outlineColor);
    const shadow = focused.boxShadow !== "none" && focused.boxShadow !== resting.boxShadow;
    const background = !transparent(focused.background) && focused.background !== resting.background;
    expect({ target: String(target), indicator: outline || shadow || background }).toEqual({
      target: String(target),
      indicator: true,
    });
  }
});
