import { questionnaireFromTree } from "../../../lib/fhir/questionnaire";
import { tree } from "../../../lib/tree/load";

// Written into out/fhir/questionnaire.json at build time: our questions as an SDC Questionnaire.
export const dynamic = "force-static";

export function GET() {
  return Response.json(questionnaireFromTree(tree));
}
