import type { Bundle, BundleEntry, QuestionnaireResponse, RiskAssessment } from "@medplum/fhirtypes";
import type { FinishedWalk } from "../journey/walk";
import type { IsoDate } from "../recheck/dates";
import { decidingRule, dermatologistFlag, type DermatologistFlag } from "../report/clinical";
import type { Tree } from "../tree/schema";
import { languageTag, type Locale } from "../i18n/locales";
import type { MessageKey, Translate } from "../i18n/messages";
import { notationIn } from "../i18n/notation";
import { CODE_SYSTEM_URL, findingCode, QUESTIONNAIRE_URL } from "./canonical";
import { responseFromJourney } from "./response";

/** A check and its date, which links made before dates were added do not carry. */
export type CheckForRecord = { journey: FinishedWalk; authored?: IsoDate };

/** The document's language: every text of the Bundle is in it, and every resource says which it is. */
export type RecordLanguage = { t: Translate; locale: Locale };

/**
 * What a clinician downloads from the handout: one FHIR R4 Bundle (a collection) built in the browser from
 * the link, holding the answers as a QuestionnaireResponse, the first check as a second one after a
 * re-check, and the outcome as a RiskAssessment. Conditions are given as text: no standard code is certain
 * for "looks most like", and the tool never diagnoses.
 */
export function bundleForRecord(
  tree: Tree,
  check: CheckForRecord,
  language: RecordLanguage,
  options: { first?: CheckForRecord & { tree?: Tree }; newId?: () => string } = {},
): Bundle {
  const newId = options.newId ?? (() => crypto.randomUUID());
  const tag = languageTag[language.locale];
  const responseUrl = `urn:uuid:${newId()}`;
  const entries: BundleEntry[] = [
    { fullUrl: responseUrl, resource: { ...responseFromJourney(tree, check.journey, check.authored), language: tag } },
    { fullUrl: `urn:uuid:${newId()}`, resource: riskAssessment(tree, check, responseUrl, language) },
  ];
  if (options.first) {
    const first: QuestionnaireResponse = {
      // A first check made with an older version of the questions answers that version (SPEC.md section 7).
      ...responseFromJourney(options.first.tree ?? tree, options.first.journey, options.first.authored),
      id: "first-check",
      language: tag,
    };
    entries.push({ fullUrl: `urn:uuid:${newId()}`, resource: first });
  }
  return { resourceType: "Bundle", language: tag, type: "collection", entry: entries };
}

const flagKey = {
  advised: "fhir.dermatologistAdvised",
  notAdvised: "fhir.dermatologistNotAdvised",
  emergencyCare: "fhir.emergencyCare",
} as const satisfies Record<DermatologistFlag, MessageKey>;

function riskAssessment(
  tree: Tree,
  { journey, authored }: CheckForRecord,
  responseUrl: string,
  { t, locale }: RecordLanguage,
): RiskAssessment {
  const { outcome } = journey;
  const urgency = tree.urgencies[outcome.urgency];
  const rule = decidingRule(tree, outcome, { notation: notationIn(t), noRule: t("handout.selfCareRule") });
  const looksLike = outcome.finding ? t("fhir.looksLike", { finding: outcome.finding.name }) : t("fhir.notAssessed");
  const flag = t(flagKey[dermatologistFlag(outcome)]);
  return {
    resourceType: "RiskAssessment",
    language: languageTag[locale],
    status: "final",
    subject: { display: t("fhir.subject") },
    ...(authored ? { occurrenceDateTime: authored } : {}),
    code: { text: t("fhir.code") },
    method: { text: t("fhir.method", { version: tree.version, url: QUESTIONNAIRE_URL, rule: rule.id }) },
    basis: [{ reference: responseUrl }],
    prediction: [
      {
        outcome: { text: `${urgency.label}: ${urgency.title}` },
        qualitativeRisk: { text: urgency.label },
        rationale: [`${rule.when}.`, ...outcome.reasons.map((reason) => `${reason.text}.`)].join(" "),
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
