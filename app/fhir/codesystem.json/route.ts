import { codeSystemFromTree } from "../../../lib/fhir/questionnaire";
import { tree } from "../../../lib/tree/load";

// Written into out/fhir/codesystem.json at build time: the codes of our answer options.
export const dynamic = "force-static";

export function GET() {
  return Response.json(codeSystemFromTree(tree));
}
