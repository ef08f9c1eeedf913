import { tree } from "../lib/tree/load";
import { encodeToken } from "../lib/share/token";
import { expectNoAxeViolations } from "./axe";
import { expect, openWithAnswers, Questionnaire, test } from "./fixtures";
import { answersOf } from "./cases";
import { journeyTo, outcomes } from "./journey-to";

test("every question is covered by a journey", () => {
  expect([...journeyTo.keys()].sort()).toEqual(tree.questions.map((q) => q.id).sort());
});

test("start page, deleted page and page not found have no violations", async ({ page }) => {
  await page.goto("/");
  await expectNoAxeViolations(page, "start page");
  await page.goto("/answers-deleted/");
  await expectNoAxeViolations(page, "answers deleted");
  await page.goto("/no-such-page/");
  await expectNoAxeViolations(page, "not found");
});

for (const question of tree.questions) {
  test(`question page '${question.id}' has no violations, empty and in its error state`, async ({
    page,
    questionnaire,
  }) => {
    await openWithAnswers(page, journeyTo.get(question.id) as Record<string, string>, `/questions/${question.id}/`);
    await questionnaire.expectQuestion(question.id);
    await expectNoAxeViolations(page, `${question.id}`);
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.locator("form .error-summary")).toBeVisible();
    await expectNoAxeViolations(page, `${question.id} with an error`);
  });
}

for (const [urgency, answers] of outcomes) {
  test(`check answers and the ${urgency} result have no violations, in light and dark mode`, async ({ page }) => {
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      if (urgency === "self_care" || urgency === "appointment") {
        await openWithAnswers(page, answers as Record<string, string>, "/check-answers/");
        await expect(page.getByRole("heading", { name: "Check your answers" })).toBeVisible();
        await expectNoAxeViolations(page, `check answers (${colorScheme})`);
      }
      await openWithAnswers(page, answers as Record<string, string>, "/result/");
      await expect(page.locator("main")).toHaveAttribute("data-urgency", urgency);
      await expectNoAxeViolations(page, `${urgency} result (${colorScheme})`);
    }
  });
}

const selfCareToken = encodeToken(tree, answersOf("kp-arms-teen"));
const recheckToken = encodeToken(tree, {}, { answers: answersOf("kp-arms-teen"), startDate: "2026-11-01" });

test("pages reflow at 320 px wide with no sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const [path, questionId] of [
    ["/", undefined],
    ["/questions/emergency/", "emergency"],
    ["/questions/where/", "where"],
    ["/es/", undefined],
    ["/es/questions/where/", "where"],
    ["/criteria/", undefined],
    ["/es/criteria/", undefined],
    // A handout of a self-care journey, whose deciding rule is the longest line of the page.
    [`/handout#${selfCareToken}`, undefined],
    [`/es/handout#${selfCareToken}`, undefined],
    // The self-care result, with its photo inputs, check-back planner and saved check; its summary; the re-check
    // page with "Open a saved check".
    ["/result/", "result"],
    ["/es/result/", "result"],
    ["/summary/", "result"],
    [`/recheck#${recheckToken}`, undefined],
    [`/es/recheck#${recheckToken}`, undefined],
  ] as const) {
    const answers = questionId === "result" ? answersOf("kp-arms-teen") : questionId ? journeyTo.get(questionId) : {};
    await openWithAnswers(page, answers as Record<string, string>, path);
    if (questionId === "result") await expect(page.locator("main")).toHaveAttribute("data-urgency", "self_care");
    else if (questionId)
      await new Questionnaire(page, path.startsWith("/es/") ? "es" : "en").expectQuestion(questionId);
    else await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // A handout that fell back to the error page would pass for the wrong reason.
    if (path.includes("/handout#")) await expect(page.locator("main")).toHaveAttribute("data-urgency", "self_care");
    if (path.includes("/recheck#")) await expect(page.getByLabel(/saved check|revisión guardada/)).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test("answer targets are at least 44 px tall", async ({ page, questionnaire }) => {
  await openWithAnswers(page, journeyTo.get("where") as Record<string, string>, "/questions/where/");
  await questionnaire.expectQuestion("where");
  const targets = page.locator(".choice__input, .choice__label, button");
  await expect(targets).toHaveCount(2 * 13 + 1);
  const heights = await targets.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
  expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
});
