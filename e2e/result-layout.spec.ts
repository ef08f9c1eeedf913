import type { Page } from "@playwright/test";
import { loadCases } from "../lib/testing/cases";
import { tree } from "../lib/tree/load";
import { expectNoAxeViolations } from "./axe";
import { expect, openWithAnswers, test } from "./fixtures";

// The result read in a minute on a phone: what matters first within the first 1,700 px of a 390 x 844
// screen, the rest one tap away, and every source numbered and listed once at the end.
const phone = { width: 390, height: 844 };
const firstScreens = 1700;
// One self-care case per condition with a check-back window, and one appointment; each case says which care
// steps come first (decision-tree/cases/, expect.firstSteps), in the order shown: what to do, then what not to.
const journeys = [
  "kp-arms-teen",
  "folliculitis-after-shaving",
  "dermatitis-new-detergent",
  "pores-nose",
  "kp-adult-cheeks",
].map((id) => {
  const found = loadCases().find((c) => c.id === id);
  if (!found?.expect?.firstSteps) throw new Error(`case ${id} is missing, or names no expect.firstSteps`);
  return { ...found, expect: { ...found.expect, firstSteps: found.expect.firstSteps } };
});
const [kpTeen] = journeys;
if (!kpTeen) throw new Error("no journeys");

async function bottomOf(page: Page, selector: string) {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not on the page`);
  return box.y + box.height + (await page.evaluate(() => window.scrollY));
}

for (const journey of journeys) {
  test(`${journey.id}: urgency, first steps and check-back date within the first ${firstScreens} px on a phone`, async ({
    page,
  }) => {
    await page.setViewportSize(phone);
    await openWithAnswers(page, journey.answers, "/result/");
    await expect(page.locator("main")).toHaveAttribute("data-urgency", journey.expect.urgency);
    const { firstSteps, guidance } = journey.expect;

    expect(await bottomOf(page, ".care-card")).toBeLessThan(firstScreens);
    const visibleSteps = page.locator("[data-guidance]:visible");
    // The steps that matter most, in the case's order.
    await expect(visibleSteps).toHaveCount(firstSteps.length);
    const shown = await visibleSteps.evaluateAll((items) => items.map((i) => i.getAttribute("data-guidance")));
    expect(shown).toEqual(firstSteps);
    expect(await bottomOf(page, "[data-guidance]:visible >> nth=-1")).toBeLessThan(firstScreens);
    if (journey.expect.checkBackWeeks)
      expect(await bottomOf(page, "[data-check-back-date]")).toBeLessThan(firstScreens);

    // "Show all" opens a native <details> with every other step; nothing is lost.
    if (guidance.length > firstSteps.length) {
      const showAll = page.getByText(`Show all ${guidance.length} care steps`, { exact: true });
      await showAll.press("Enter");
      await expect(page.locator("[data-guidance]:visible")).toHaveCount(guidance.length);
    }
  });
}

test("every numbered source links to its entry in the one list at the end, numbered in reading order", async ({
  page,
}) => {
  const journey = kpTeen;
  await openWithAnswers(page, journey.answers, "/result/");
  await expect(page.locator("main")).toHaveAttribute("data-urgency", journey.expect.urgency);
  const list = page.getByRole("region", { name: "Sources" }).getByRole("listitem");
  const cites = await page.locator("a.cite").evaluateAll((links) =>
    links.map((a) => ({
      href: a.getAttribute("href") ?? "",
      id: a.getAttribute("data-source-id"),
      text: a.textContent,
    })),
  );
  expect(cites.length).toBeGreaterThan(5);
  const seen: number[] = [];
  for (const cite of cites) {
    const n = Number(/\[(\d+)\]/.exec(cite.text ?? "")?.[1]);
    if (!seen.includes(n)) seen.push(n);
    const entry = page.locator(cite.href);
    await expect(entry).toHaveAttribute("data-source-id", cite.id ?? "");
    await expect(entry).toContainText(tree.sources.find((s) => s.id === cite.id)?.title ?? "missing");
  }
  // First cited, first numbered; and each source listed once.
  expect(seen).toEqual(seen.map((_, i) => i + 1));
  await expect(list).toHaveCount(seen.length);

  await page.locator("a.cite").first().click();
  await expect(page).toHaveURL(/#reference-1$/);
});

test("printing the result shows every care step, the hidden ones too", async ({ page }) => {
  const journey = kpTeen;
  await openWithAnswers(page, journey.answers, "/result/");
  await expect(page.locator("main")).toHaveAttribute("data-urgency", journey.expect.urgency);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("[data-guidance]:visible")).toHaveCount(journey.expect.guidance.length);
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the grouped care steps, opened, have no axe violations in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const journey = kpTeen;
    await openWithAnswers(page, journey.answers, "/result/");
    await page.getByText(/^Show all \d+ care steps$/).click();
    await expectNoAxeViolations(page, `result with all care steps, ${colorScheme}`);
  });
}
