import { tree } from "../lib/tree/load";
import { expect, test } from "./fixtures";

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
