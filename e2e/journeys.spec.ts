import { loadCases } from "../lib/testing/cases";
import { expectCaseResult } from "./case-result";
import { test } from "./fixtures";

// Every case in decision-tree/cases/, walked as a person would (the Spanish subset: e2e/spanish.spec.ts).
for (const journey of loadCases()) {
  const { urgency, condition } = journey.expect;
  test(`${journey.id}: ${journey.story.slice(0, 60)}… → ${urgency}, ${condition}`, async ({ questionnaire, page }) => {
    await questionnaire.start();
    await questionnaire.answerAll(journey.answers);
    await questionnaire.seeResult();
    await questionnaire.expectOutcome(urgency, condition);
    await expectCaseResult(page, journey);
  });
}
