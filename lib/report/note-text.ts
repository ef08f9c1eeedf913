import type { FinishedWalk } from "../journey/walk";
import { formatIsoDate, type IsoDate } from "../recheck/dates";
import type { Tree } from "../tree/schema";
import { decidingRule, presentingFeatures, redFlags } from "./clinical";

/** The longest note a record or a patient-portal message is sure to take. */
export const NOTE_LIMIT = 1000;

/**
 * The handout as plain text for a clinical note: outcome, deciding rule, red flags and presenting features
 * in clinical terms, and the care advised. Never longer than NOTE_LIMIT: when the features do not fit, the
 * care steps are counted instead of listed, then the features are cut at a whole entry.
 */
export function noteText(tree: Tree, journey: FinishedWalk, checkedOn?: IsoDate): string {
  const { outcome, answers, path } = journey;
  const rule = decidingRule(tree, outcome);
  const reported = redFlags(tree, answers).filter((flag) => flag.answer === "Yes");
  const head = [
    `Red Pores Check (self-reported, questions v${tree.version}${checkedOn ? `, ${formatIsoDate(checkedOn)}` : ""}).`,
    `Outcome: ${tree.urgencies[outcome.urgency].clinical}`,
    outcome.finding
      ? `Looks most like: ${outcome.finding.name} (not a diagnosis).`
      : "Not assessed beyond the safety screens.",
    `Rule: ${rule.clinical} [${rule.id}]`,
    reported.length > 0
      ? `Red flags reported: ${reported.map((f) => f.sign).join("; ")}.`
      : "Red flags: none reported.",
  ].join(" ");
  const features = presentingFeatures(tree, answers, path).map((row) => `${row.label}: ${row.values.join(", ")}.`);
  const care = outcome.guidance.length > 0 ? `Self-care advised: ${outcome.guidance.map((g) => g.text).join(" ")}` : "";
  const counted =
    outcome.guidance.length > 0 ? `Self-care advised: ${outcome.guidance.length} steps, listed on the handout.` : "";
  for (const tail of [care, counted]) {
    const text = [head, ...features, tail].filter(Boolean).join(" ");
    if (text.length <= NOTE_LIMIT) return text;
  }
  const kept = [head];
  for (const feature of features) {
    if ([...kept, feature, counted].join(" ").length > NOTE_LIMIT) break;
    kept.push(feature);
  }
  return [...kept, counted].filter(Boolean).join(" ").slice(0, NOTE_LIMIT);
}
