import { encodeToken } from "../lib/share/token";
import { tree } from "../lib/tree/load";
import { answersOf } from "./cases";
import { expect, storageKey, test, versionKey } from "./fixtures";

// The first Intl constructor a page calls starts ICU: 75 to 90 ms of a slow phone's main thread (issue 24).
// No page needs one while it loads, in any language: dates, numbers and plural forms have their own words.
const constructors = ["NumberFormat", "PluralRules", "DateTimeFormat", "Collator", "ListFormat", "RelativeTimeFormat"];

// A self-care result shows a check-back date and "Show all … care steps"; its handout, the date of the check.
const selfCare = answersOf("kp-arms-teen");
const handout = encodeToken(tree, selfCare, undefined, "2026-12-01", "es");

for (const path of [
  "/",
  "/questions/emergency/",
  "/es/",
  "/es/questions/emergency/",
  "/result/",
  "/es/result/",
  `/handout/#${handout}`,
  `/es/handout/#${handout}`,
]) {
  test(`${path.replace(/#.*/, "#…")} calls no Intl constructor while it loads`, async ({ page }) => {
    await page.addInitScript(
      ({ key, value, versionKey, version }) => {
        sessionStorage.setItem(key, value);
        sessionStorage.setItem(versionKey, version);
      },
      { key: storageKey, value: JSON.stringify(selfCare), versionKey, version: JSON.stringify(tree.version) },
    );
    await page.addInitScript((names) => {
      const calls: string[] = [];
      Object.defineProperty(window, "__intlCalls", { value: calls });
      const intl = Intl as unknown as Record<string, unknown>;
      for (const name of names) {
        const original = intl[name] as new (...args: unknown[]) => object;
        intl[name] = new Proxy(original, {
          construct(target, args) {
            calls.push(name);
            return Reflect.construct(target, args);
          },
        });
      }
    }, constructors);
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    if (path.includes("result")) await expect(page.locator("[data-check-back-date]")).toBeVisible();
    if (path.includes("handout")) await expect(page.locator("main")).toHaveAttribute("data-urgency", "self_care");
    await page.waitForLoadState("networkidle");
    expect(await page.evaluate(() => (window as unknown as { __intlCalls: string[] }).__intlCalls)).toEqual([]);
  });
}
