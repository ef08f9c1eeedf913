import { describe, expect, it } from "vitest";
import { tree } from "./load";

// Question and option ids are fixed by docs/clinical-rules.md §2; the tree may reword but never rename them.
const specIds: Record<string, { type: string; options?: string[] }> = {
  emergency: {
    type: "multi",
    options: ["breathing", "swelling", "sepsis_signs", "non_blanching", "blisters_sores", "fever_low_immunity", "none"],
  },
  warning: {
    type: "multi",
    options: [
      "pain_increasing",
      "warmth",
      "spreading",
      "deep_pus",
      "fever",
      "eye_pain",
      "one_sided_blisters",
      "non_blanching_well",
      "infant_fever",
      "none",
    ],
  },
  age: { type: "single", options: ["under_12", "12_to_17", "18_to_64", "65_plus"] },
  risk: { type: "multi", options: ["diabetes", "weak_immunity", "pregnant", "none"] },
  redness: { type: "single", options: ["yes", "no"] },
  non_red_look: {
    type: "single",
    options: ["large_pores", "blackheads", "rough_skin_coloured", "white_hard", "not_sure"],
  },
  look: { type: "single", options: ["rough", "pimples", "rash", "comedones", "flushing", "prickly", "not_sure"] },
  where: {
    type: "multi",
    options: [
      "upper_arms",
      "thighs",
      "buttocks",
      "cheeks",
      "face_other",
      "beard_neck",
      "scalp",
      "chest_back",
      "belly_waist",
      "hands_wrists",
      "lower_legs",
      "groin_genitals",
      "other",
    ],
  },
  onset: { type: "single", options: ["years", "weeks", "days"] },
  feel: { type: "single", options: ["nothing", "itchy", "itchy_night", "sore", "burning"] },
  triggers: {
    type: "multi",
    options: [
      "shaving",
      "tight_clothes",
      "hot_tub",
      "new_product",
      "metal",
      "over_exfoliating",
      "others_affected",
      "none",
    ],
  },
  care_weeks: { type: "number" },
  progress: { type: "single", options: ["better", "same", "worse"] },
  impact: { type: "multi", options: ["distress", "sleep", "recurring", "none"] },
};

describe("tree ids match the fixed ids of docs/clinical-rules.md", () => {
  it("has exactly the spec's questions, types and options", () => {
    const actual = Object.fromEntries(
      tree.questions.map((q) => [
        q.id,
        q.type === "number" ? { type: q.type } : { type: q.type, options: q.options.map((o) => o.id) },
      ]),
    );
    expect(
      actual,
      "the ids are SPEC.md section 2's: a new question or option goes here too (and in lib/testing/spec-oracle.ts)",
    ).toEqual(specIds);
  });

  it("has an exclusive none on every multi-choice question that the spec marks so", () => {
    const exclusive = tree.questions.filter((q) => q.type === "multi" && q.exclusiveNone).map((q) => q.id);
    expect(exclusive.sort()).toEqual(["emergency", "impact", "risk", "triggers", "warning"]);
  });

  it("asks weeks of care as a whole number from 0 to 104", () => {
    const weeks = tree.questions.find((q) => q.id === "care_weeks");
    expect(weeks?.type === "number" && [weeks.min, weeks.max]).toEqual([0, 104]);
  });

  it("names no brand or publication from the source articles", () => {
    expect(JSON.stringify(tree)).not.toMatch(/kiehl|maelove|zoe report/i);
  });
});
