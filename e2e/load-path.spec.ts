import { expect, test } from "./fixtures";

// The first Intl constructor a page calls starts ICU: 75 to 90 ms of a slow phone's main thread (issue 24).
// The start and question pages need none while they load, in any language.
const constructors = ["NumberFormat", "PluralRules", "DateTimeFormat", "Collator", "ListFormat", "RelativeTimeFormat"];

for (const path of ["/", "/questions/emergency/", "/es/", "/es/questions/emergency/"]) {
  test(`${path} calls no Intl constructor while it loads`, async ({ page }) => {
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
    await page.waitForLoadState("networkidle");
    expect(await page.evaluate(() => (window as unknown as { __intlCalls: string[] }).__intlCalls)).toEqual([]);
  });
}
