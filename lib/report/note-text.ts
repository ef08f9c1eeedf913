import type { Answers } from "../journey/answers";
import type { FinishedWalk } from "../journey/walk";
import type { Locale } from "../i18n/locales";
import type { Translate } from "../i18n/messages";
import { checkBackOn, formatIsoDate, type IsoDate } from "../recheck/dates";
import { questionFor } from "../tree/roles";
import type { Question, Tree } from "../tree/schema";
import { answerTerms, decidingRule, presentingFeatures, redFlags } from "./clinical";

/** The longest note a record or a patient-portal message is sure to take. */
export const NOTE_LIMIT = 1000;

/**
 * The handout as plain text for a clinical note, in the document's language (`t` and the tree's words):
 * outcome, deciding rule, red flags, age band, sites, the check-back interval and date, the active products
 * advised by name and what should bring the person back sooner, then the other presenting features. Never
 * longer than `limit` (NOTE_LIMIT; a test of where the words come from lifts it): features are cut at a whole
 * entry, the record's own lines never.
 */
export function noteText(
  tree: Tree,
  journey: FinishedWalk,
  t: Translate,
  checkedOn?: IsoDate,
  locale?: Locale,
  limit = NOTE_LIMIT,
): string {
  const { outcome, answers, path } = journey;
  const rule = decidingRule(tree, outcome);
  const reported = redFlags(tree, answers).filter((flag) => flag.answer === "Yes");
  const date = checkedOn ? formatIsoDate(checkedOn, locale) : "";
  const age = questionFor(tree, "ageBand");
  const sites = tree.questions.find((q) => q.type === "multi" && q.pictures === "body-map");
  const window = outcome.finding?.checkBack?.say;
  const actives = outcome.guidance.flatMap((g) => (g.active ? [g.active] : []));
  const record = [
    checkedOn ? t("note.headDated", { version: tree.version, date }) : t("note.head", { version: tree.version }),
    t("note.outcome", { urgency: tree.urgencies[outcome.urgency].clinical }),
    outcome.finding ? t("note.looksLike", { finding: outcome.finding.name }) : t("note.notAssessed"),
    t("note.rule", { rule: rule.clinical }),
    reported.length > 0 ? t("note.flags", { flags: reported.map((f) => f.sign).join("; ") }) : t("note.noFlags"),
    t("note.age", { age: answered(age, answers) ?? t("note.notAsked") }),
    sites && answers[sites.id] !== undefined ? t("note.sites", { sites: answered(sites, answers) ?? "" }) : "",
    outcome.checkBackWeeks !== undefined && window
      ? checkedOn
        ? t("note.checkBackDated", {
            window,
            date: formatIsoDate(checkBackOn(checkedOn, outcome.checkBackWeeks), locale),
          })
        : t("note.checkBack", { window })
      : "",
    actives.length > 0 ? t("note.actives", { products: actives.join("; ") }) : "",
    outcome.guidance.length > 0 ? t("note.careSteps", { count: outcome.guidance.length }) : "",
    outcome.urgency === "self_care" || outcome.urgency === "appointment" ? t("note.returnSooner") : "",
  ].filter(Boolean);
  const listed = new Set([age.id, sites?.id]);
  const features = presentingFeatures(tree, answers, path)
    .filter((row) => !listed.has(row.question))
    .map((row) => {
      const question = tree.questions.find((q) => q.id === row.question);
      const none = question?.type === "multi" && isNone(question, answers[row.question]);
      return `${row.label}: ${none ? t("note.noneReported") : row.values.join(", ")}.`;
    });
  const kept = [...record];
  for (const feature of features) {
    if ([...kept, feature].join(" ").length > limit) break;
    kept.push(feature);
  }
  return kept.join(" ").slice(0, limit);
}

function answered(question: Question, answers: Answers): string | undefined {
  const value = answers[question.id];
  return value === undefined ? undefined : answerTerms(question, value, true).join(", ");
}

function isNone(question: Extract<Question, { type: "multi" }>, value: Answers[string] | undefined): boolean {
  return Array.isArray(value) && value.length === 1 && value[0] === question.exclusiveNone;
}
