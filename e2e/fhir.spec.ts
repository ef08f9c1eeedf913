import { readFileSync } from "node:fs";
import { journeyFromResponse } from "../lib/fhir/response";
import { formatIsoDate, localIsoDate } from "../lib/recheck/dates";
import { tree } from "../lib/tree/load";
import { expectNoAxeViolations } from "./axe";
import { expect, openWithAnswers, test } from "./fixtures";
import { answersOf } from "./cases";

test("the site publishes its questions as a FHIR Questionnaire and its answer codes as a CodeSystem", async ({
  request,
}) => {
  const questionnaire = await request.get("/fhir/questionnaire.json");
  expect(questionnaire.status()).toBe(200);
  expect(questionnaire.headers()["content-type"]).toContain("json");
  const body = await questionnaire.json();
  expect(body).toMatchObject({ resourceType: "Questionnaire", version: tree.version, status: "active" });
  expect(body.item.map((item: { linkId: string }) => item.linkId)).toEqual(tree.questions.map((q) => q.id));

  const codeSystem = await request.get("/fhir/codesystem.json");
  expect(codeSystem.status()).toBe(200);
  expect(await codeSystem.json()).toMatchObject({
    resourceType: "CodeSystem",
    url: body.item[0].answerOption[0].valueCoding.system,
  });
});

const selfCare = answersOf("folliculitis-after-shaving");

test("a clinician downloads the handout as a FHIR Bundle and copies it as text for a note", async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await openWithAnswers(page, selfCare, "/result/");
  const href = (await page.locator("main a[href*='/handout#']").first().getAttribute("href")) ?? "";
  await page.goto(href);
  const main = page.locator("main");
  await expect(main).toHaveAttribute("data-urgency", "self_care");
  await expect(main).toHaveAttribute("data-finding", "folliculitis");
  await expect(page.getByRole("row", { name: /Date of the check/ })).toContainText(
    formatIsoDate(localIsoDate(new Date())),
  );
  await expect(page.getByRole("row", { name: /Urgency/ })).toHaveText(`Urgency${tree.urgencies.self_care.clinical}`);
  await expect(page.getByRole("row", { name: /Deciding rule/ })).toContainText(tree.selfCare.clinical);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download for a health record (FHIR)" }).click(),
  ]);
  const file = await download.path();
  const bundle = JSON.parse(readFileSync(file, "utf8"));
  expect(bundle).toMatchObject({ resourceType: "Bundle", type: "collection" });
  const response = bundle.entry[0].resource;
  expect(response).toMatchObject({ resourceType: "QuestionnaireResponse", authored: localIsoDate(new Date()) });
  const back = journeyFromResponse(tree, response);
  expect(back.ok && [back.result.outcome.urgency, back.result.outcome.condition]).toEqual([
    "self_care",
    "folliculitis",
  ]);
  expect(bundle.entry[1].resource).toMatchObject({ resourceType: "RiskAssessment" });
  // What the answers look most like, as a code of the site's CodeSystem.
  expect(bundle.entry[1].resource.prediction[1].outcome.coding[0].code).toBe("finding.folliculitis");

  await page.getByRole("button", { name: "Copy as text for a note" }).click();
  await expect(page.getByRole("status")).toContainText("Copied");
  const note = await page.evaluate(() => navigator.clipboard.readText());
  expect(note.length).toBeLessThanOrEqual(1000);
  expect(note).toContain("Deciding rule: ");
  expect(note).not.toMatch(/\[|None of these/);
  await expectNoAxeViolations(page, "handout with its exports");
});

test("a handout link made before links carried the date still opens, with the same outcome", async ({ page }) => {
  await page.goto("/handout#AQEAAAEDAQEHAgAEAQUCBwECCgEACwANAQNOGA");
  await expect(page.locator("main")).toHaveAttribute("data-urgency", "self_care");
  await expect(page.locator("main")).toHaveAttribute("data-condition", "folliculitis");
  await expect(page.getByRole("row", { name: /Date of the check/ })).toContainText("Not in this link");
});
