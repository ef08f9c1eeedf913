import { checkBackOn, formatIsoDate, localIsoDate } from "../lib/recheck/dates";
import { loadCases, splitReason } from "../lib/testing/cases";
import { tree } from "../lib/tree/load";
import { expect, questionById, test } from "./fixtures";

// Every case in decision-tree/cases/, walked as a person would. What the page must show comes from the case's
// own expectations and the tree's words for them, never from the engine under test.
const cases = loadCases();

function expectedCheckBackDate(weeks: number): string {
  return formatIsoDate(checkBackOn(localIsoDate(new Date()), weeks));
}

function reasonText(reason: string): string {
  const { question, value } = splitReason(reason);
  const asked = questionById(question);
  if (asked.type === "number") return asked.statement.replace("{value}", value);
  const option = asked.options.find((o) => o.id === value);
  if (!option) throw new Error(`no option '${value}' in question '${question}'`);
  return option.statement;
}

function guidanceText(id: string): string {
  const item = tree.guidance.find((g) => g.id === id);
  if (!item) throw new Error(`no guidance item '${id}' in the tree`);
  return item.text;
}

for (const journey of cases) {
  const { urgency, condition, checkBackWeeks, reasons, guidance } = journey.expect;
  test(`${journey.id}: ${journey.story.slice(0, 60)}… → ${urgency}, ${condition}`, async ({ questionnaire, page }) => {
    await questionnaire.start();
    await questionnaire.answerAll(journey.answers);
    await questionnaire.seeResult();
    await questionnaire.expectOutcome(urgency, condition);

    for (const reason of reasons) {
      await expect(
        page
          .getByRole("listitem")
          .filter({ hasText: reasonText(reason) })
          .first(),
      ).toBeVisible();
    }
    if (condition !== "not_assessed") {
      const names = tree.findings.filter((f) => f.condition === condition).map((f) => f.name);
      const suggestion = page.getByText("Your answers suggest it looks most like");
      await expect(suggestion).toBeVisible();
      expect(names).toContain(await suggestion.locator("strong").textContent());
    } else {
      await expect(page.getByRole("heading", { name: "What it looks most like" })).toHaveCount(0);
      await expect(page.getByRole("link", { name: "Change your answer" })).toBeVisible();
    }
    await expect(page.locator("[data-guidance]")).toHaveCount(guidance.length);
    if (guidance.length > 3) await page.getByText(`Show all ${guidance.length} care steps`, { exact: true }).click();
    for (const id of guidance) {
      await expect(page.getByText(guidanceText(id), { exact: true })).toBeVisible();
    }
    if ((urgency === "urgent" || urgency === "appointment") && condition !== "not_assessed") {
      await expect(page.getByText("See a dermatologist: yes.")).toBeVisible();
    }
    if (checkBackWeeks) {
      await expect(page.getByRole("heading", { name: "When to check back" })).toBeVisible();
      await expect(page.getByText(expectedCheckBackDate(checkBackWeeks))).toBeVisible();
      await expect(page.getByRole("heading", { name: "Get help sooner if" })).toBeVisible();
    } else {
      await expect(page.getByRole("heading", { name: "When to check back" })).toHaveCount(0);
    }
  });
}
