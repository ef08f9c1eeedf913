/**
 * docs/clinical-rules.md §3 and §4 transcribed directly into code, for tests only. The engine reads the rules from
 * tree.json; this oracle reads nothing. Property tests compare the two over random complete answer sets,
 * which also proves that skipping a question never changes an outcome.
 */
export type FullAnswers = {
  emergency: string[];
  warning: string[];
  age: string;
  risk: string[];
  redness: string;
  non_red_look: string;
  look: string;
  where: string[];
  onset: string;
  feel: string;
  triggers: string[];
  care_weeks: number;
  progress: string;
  impact: string[];
};

type Expected = { urgency: string; condition: string; checkBackWeeks?: number };

/** The safety screens' own rules (§3, rule 1): tried before the screen's general rule, each with its own action. */
export function specSafetyRule(a: Pick<FullAnswers, "emergency" | "warning">): string | undefined {
  if (!a.emergency.includes("none")) {
    return a.emergency.includes("fever_low_immunity") ? "emergency-low-immunity" : "emergency-signs";
  }
  if (!a.warning.includes("none")) return a.warning.includes("infant_fever") ? "warning-infant-fever" : "warning-signs";
  return undefined;
}

/** Words of a moisturising step, which folliculitis and heat rash never get (§5). */
export const namesMoisturiser = /moisturi[sz]/i;

/** The check-back windows in weeks, by finding (heat rash is the one look-alike with a window). */
export const windows: Record<string, number> = {
  keratosis_pilaris: 4,
  enlarged_pores: 4,
  contact_dermatitis: 3,
  folliculitis: 2,
  heat_rash: 1,
};

export function specOutcome(a: FullAnswers): Expected {
  if (!a.emergency.includes("none")) return { urgency: "emergency", condition: "not_assessed" };
  if (!a.warning.includes("none")) return { urgency: "urgent", condition: "not_assessed" };

  let condition: string;
  if (a.redness === "no") {
    condition =
      { large_pores: "enlarged_pores", blackheads: "enlarged_pores", rough_skin_coloured: "keratosis_pilaris" }[
        a.non_red_look
      ] ?? "unclear";
  } else if (a.look === "rough") condition = "keratosis_pilaris";
  else if (a.look === "pimples") condition = "folliculitis";
  else if (a.look === "rash") {
    const scabiesLike =
      a.feel === "itchy_night" && (a.where.includes("hands_wrists") || a.triggers.includes("others_affected"));
    condition = scabiesLike ? "unclear" : "contact_dermatitis";
  } else condition = "unclear";

  const heatRash = a.redness === "yes" && a.look === "prickly";
  if (a.risk.includes("weak_immunity") && condition === "folliculitis") return { urgency: "urgent", condition };

  const window = windows[heatRash ? "heat_rash" : condition];
  const progress = a.care_weeks >= 1 ? a.progress : undefined;
  const face = a.where.includes("cheeks") || a.where.includes("face_other");
  const appointment =
    (condition === "unclear" && !heatRash) ||
    (a.risk.includes("diabetes") && condition === "folliculitis") ||
    (condition === "contact_dermatitis" && (face || a.where.includes("groin_genitals"))) ||
    (condition === "keratosis_pilaris" &&
      a.redness === "yes" &&
      (a.age === "18_to_64" || a.age === "65_plus") &&
      face) ||
    a.impact.some((i) => i === "distress" || i === "sleep" || i === "recurring") ||
    progress === "worse" ||
    (progress === "same" && window !== undefined && a.care_weeks >= window);
  if (appointment) return { urgency: "appointment", condition };
  return { urgency: "self_care", condition, checkBackWeeks: window };
}
