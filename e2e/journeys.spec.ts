import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { walk } from "../lib/journey/walk";
import { checkBackOn, formatIsoDate, localIsoDate } from "../lib/recheck/dates";
import { tree } from "../lib/tree/load";
import { expect, test } from "./fixtures";

type Case = {
  id: string;
  story: string;
  answers: Record<string, string | string[] | number>;
  expect: { urgency: string; condition: string; checkBackWeeks?: number };
};

const casesDir = path.resolve(import.meta.dirname, "../decision-tree/cases");
const cases: Case[] = readdirSync(casesDir)
  .filter((f) => f.endsWith(".json"))
  .flatMap((f) => JSON.parse(readFileSync(path.join(casesDir, f), "utf8")));

function expectedCheckBackDate(weeks: number): string {
  return formatIsoDate(checkBackOn(localIsoDate(new Date()), weeks));
}

for (const journey of cases) {
  const { urgency, condition, checkBackWeeks } = journey.expect;
  test(`${journey.id}: ${journey.story.slice(0, 60)}… → ${urgency}, ${condition}`, async ({ questionnaire, page }) => {
    await questionnaire.start();
    await questionnaire.answerAll(journey.answers);
    await questionnaire.seeResult();
    await questionnaire.expectOutcome(urgency, condition);

    const result = walk(tree, journey.answers);
    if (result.status !== "done") throw new Error("case does not finish");
    const { outcome } = result;
    for (const reason of outcome.reasons) {
      await expect(page.getByRole("listitem").filter({ hasText: reason.text }).first()).toBeVisible();
    }
    if (outcome.finding) {
      await expect(page.getByText(`Your answers suggest it looks most like ${outcome.finding.name}`)).toBeVisible();
    } else {
      await expect(page.getByRole("heading", { name: "What it looks most like" })).toHaveCount(0);
      await expect(page.getByRole("link", { name: "Change your answer" })).toBeVisible();
    }
    for (const item of outcome.guidance) {
      await expect(page.getByText(item.text, { exact: true })).toBeVisible();
    }
    if (outcome.seeDermatologist && outcome.condition !== "not_assessed") {
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
