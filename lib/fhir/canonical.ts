import type { Finding, Question } from "../tree/schema";

/**
 * Where our FHIR definitions say they come from. A canonical URL names a definition; it need not resolve.
 * The project has no domain of its own yet, so the base uses the reserved ".invalid" name rather than
 * borrow someone else's: a deployment with a domain changes this one line, and the version in every
 * definition says which tree it was built from.
 */
export const FHIR_BASE = "https://red-pores-check.invalid/fhir";
export const QUESTIONNAIRE_URL = `${FHIR_BASE}/Questionnaire/red-pores-check`;
export const CODE_SYSTEM_URL = `${FHIR_BASE}/CodeSystem/red-pores-check-answers`;

export const extensions = {
  optionExclusive: "http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive",
  minValue: "http://hl7.org/fhir/StructureDefinition/minValue",
  maxValue: "http://hl7.org/fhir/StructureDefinition/maxValue",
  enableWhenExpression: "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression",
} as const;

/** An option's code in our code system: question and option ids, which are fixed, so codes never change. */
export function optionCode(question: Pick<Question, "id">, optionId: string): string {
  return `${question.id}.${optionId}`;
}

/** A finding's code in the same code system: "finding." and the finding's id, such as "finding.heat_rash". */
export function findingCode(finding: Pick<Finding, "id">): string {
  return `finding.${finding.id}`;
}
