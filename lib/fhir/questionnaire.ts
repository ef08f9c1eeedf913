import type { CodeSystem, Extension, Questionnaire, QuestionnaireItem } from "@medplum/fhirtypes";
import type { Question, Tree } from "../tree/schema";
import { CODE_SYSTEM_URL, extensions, findingCode, optionCode, QUESTIONNAIRE_URL } from "./canonical";
import { enableWhenExpressions } from "./enable-when";

/**
 * Our questions as an HL7 FHIR R4 Questionnaire, following the SDC implementation guide, so that a record
 * system or any SDC form renderer asks exactly the questions our app asks, in the same order: linkId is the
 * question id, options are codings from our code system, "none of these" carries optionExclusive, the
 * weeks of care have their range, and each question after the first has an enableWhenExpression.
 */
export function questionnaireFromTree(tree: Tree): Questionnaire {
  const enableWhen = enableWhenExpressions(tree);
  return {
    resourceType: "Questionnaire",
    id: "red-pores-check",
    url: QUESTIONNAIRE_URL,
    version: tree.version,
    name: "RedPoresCheck",
    title: "Red Pores Check: small red bumps around pores or hair follicles",
    status: "active",
    subjectType: ["Patient"],
    description:
      "Self-reported triage questions: emergency and warning signs first, then what the bumps look like, where, since when, how they feel, triggers and home care. Triage support, not a diagnosis.",
    item: tree.questions.map((question) => questionItem(question, enableWhen.get(question.id))),
  };
}

function questionItem(question: Question, enableWhenExpression: string | undefined): QuestionnaireItem {
  const enable: Extension[] = enableWhenExpression
    ? [
        {
          url: extensions.enableWhenExpression,
          valueExpression: { language: "text/fhirpath", expression: enableWhenExpression },
        },
      ]
    : [];
  const common = { linkId: question.id, text: question.title, required: true };
  if (question.type === "number") {
    return {
      ...common,
      type: "integer",
      extension: [
        { url: extensions.minValue, valueInteger: question.min },
        { url: extensions.maxValue, valueInteger: question.max },
        ...enable,
      ],
    };
  }
  return {
    ...common,
    type: "choice",
    repeats: question.type === "multi",
    ...(enable.length > 0 ? { extension: enable } : {}),
    answerOption: question.options.map((option) => ({
      valueCoding: { system: CODE_SYSTEM_URL, code: optionCode(question, option.id), display: option.label },
      ...(question.type === "multi" && option.id === question.exclusiveNone
        ? { extension: [{ url: extensions.optionExclusive, valueBoolean: true }] }
        : {}),
    })),
  };
}

/**
 * The code system of our answer codes: one concept per option, "question.option", in clinical words; and one
 * per finding, "finding.id", which a RiskAssessment names as what the answers look most like.
 */
export function codeSystemFromTree(tree: Tree): CodeSystem {
  const answers = tree.questions.flatMap((question) =>
    question.type === "number"
      ? []
      : question.options.map((option) => ({
          code: optionCode(question, option.id),
          display: option.label,
          definition: `${question.clinical}: ${option.clinical ?? option.label}`,
        })),
  );
  const findings = tree.findings.map((finding) => ({
    code: findingCode(finding),
    display: finding.name,
    definition: finding.summary,
  }));
  const concepts = [...answers, ...findings];
  return {
    resourceType: "CodeSystem",
    id: "red-pores-check-answers",
    url: CODE_SYSTEM_URL,
    version: tree.version,
    name: "RedPoresCheckAnswers",
    title: "Red Pores Check answer and finding codes",
    status: "active",
    content: "complete",
    caseSensitive: true,
    count: concepts.length,
    concept: concepts,
  };
}
