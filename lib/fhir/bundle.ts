import type { Bundle, BundleEntry, QuestionnaireResponse, RiskAssessment } from "@medplum/fhirtypes";
import type { FinishedWalk } from "../journey/walk";
import type { IsoDate } from "../recheck/dates";
import { decidingRule, dermatologistFlag, type DermatologistFlag } from "../report/clinical";
import type { Tree } from "../tree/schema";
import { CODE_SYSTEM_URL, findingCode, QUESTIONNAIRE_URL } from "./canonical";
import { responseFromJourney } from "./response";

/** A check and its date, which links made before dates were added do not carry. */
export type CheckForRecord = { journey: FinishedWalk; authored?: IsoDate };

/**
 * What a clinician downloads from the handout: one FHIR R4 Bundle (a collection) built in the browser from
 * the link, holding the answers as a QuestionnaireResponse, the first check as a second one after a
 * re-check, and the outcome as a RiskAssessment. Conditions are given as text: no standard code is certain
 * for "looks most like", and the tool never diagnoses.
 */
export function bundleForRecord(
  tree: Tree,
  check: CheckForRecord,
  options: { first?: CheckForRecord; newId?: () => string } = {},
): Bundle {
  const newId = options.newId ?? (() => crypto.randomUUID());
  const responseUrl = `urn:uuid:${newId()}`;
  const entries: BundleEntry[] = [
    { fullUrl: responseUrl, resource: responseFromJourney(tree, check.journey, check.authored) },
    { fullUrl: `urn:uuid:${newId()}`, resource: riskAssessment(tree, check, responseUrl) },
  ];
  if (options.first) {
    const first: QuestionnaireResponse = {
      ...responseFromJourney(tree, options.first.journey, options.first.authored),
      id: "first-check",
    };
    entries.push({ fullUrl: `urn:uuid:${newId()}`, resource: first });
  }
  return { resourceType: "Bundle", type: "collection", entry: entries };
}

const flagText: Record<DermatologistFlag, string> = {
  advised: "See a dermatologist: yes.",
  notAdvised: "See a dermatologist: no.",
  emergencyCare: "Emergency care advised.",
};

function riskAssessment(tree: Tree, { journey, authored }: CheckForRecord, responseUrl: string): RiskAssessment {
  const { outcome } = journey;
  const urgency = tree.urgencies[outcome.urgency];
  const rule = decidingRule(tree, outcome);
  const looksLike = outcome.finding
    ? `Looks most like ${outcome.finding.name} (self-reported answers; not a diagnosis).`
    : "Not assessed: the journey stopped at a safety screen.";
  const flag = flagText[dermatologistFlag(outcome)];
  return {
    resourceType: "RiskAssessment",
    status: "final",
    subject: { display: "The person who answered the questions" },
    ...(authored ? { occurrenceDateTime: authored } : {}),
    code: { text: "Triage of small red bumps around pores or hair follicles" },
    method: { text: `Red Pores Check decision tree ${tree.version} (${QUESTIONNAIRE_URL}), deciding rule ${rule.id}` },
    basis: [{ reference: responseUrl }],
    prediction: [
      {
        outcome: { text: `${urgency.label}: ${urgency.title}` },
        qualitativeRisk: { text: outcome.urgency },
        rationale: [`${rule.id}: ${rule.when}.`, ...outcome.reasons.map((reason) => `${reason.text}.`)].join(" "),
      },
      // What the answers look most like, as a code a record system can file (never a diagnosis).
      ...(outcome.finding
        ? [
            {
              outcome: {
                coding: [
                  { system: CODE_SYSTEM_URL, code: findingCode(outcome.finding), display: outcome.finding.name },
                ],
                text: looksLike,
              },
            },
          ]
        : []),
    ],
    ...(outcome.guidance.length > 0
      ? { mitigation: outcome.guidance.map((item) => `${item.text} [${item.sources.join(", ")}]`).join("\n") }
      : {}),
    note: [{ text: `${looksLike} ${flag}` }],
  };
}
