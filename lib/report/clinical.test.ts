import { describe, expect, it } from "vitest";
import { walk } from "../journey/walk";
import { tree } from "../tree/load";
import { answerTerms, decidingRule, dermatologistFlag, presentingFeatures, redFlags } from "./clinical";

const diabetic = {
  emergency: ["none"],
  warning: ["none"],
  redness: "yes",
  look: "pimples",
  onset: "weeks",
  risk: ["diabetes"],
  triggers: ["tight_clothes"],
};

describe("clinical handout content", () => {
  const result = walk(tree, diabetic);
  if (result.status !== "done") throw new Error("journey does not finish");

  it("lists presenting features in clinical terms, in the order asked", () => {
    expect(presentingFeatures(tree, result.answers, result.path)).toEqual([
      { question: "redness", label: "Erythema / inflammation", values: ["Erythematous / inflamed"] },
      { question: "look", label: "Morphology", values: ["Perifollicular papules and pustules"] },
      { question: "onset", label: "Onset", values: ["In the last few weeks, more than a week ago"] },
      { question: "risk", label: "Risk factors", values: ["Diabetes"] },
      {
        question: "triggers",
        label: "Triggers and exposures",
        values: ["Tight clothes, sweating, or hot and humid weather"],
      },
    ]);
  });

  it("lists every red flag, negatives included", () => {
    const flags = redFlags(tree, result.answers);
    expect(flags).toHaveLength(15);
    expect(flags.every((f) => f.answer === "No")).toBe(true);
    const stopped = redFlags(tree, { emergency: ["swelling"] });
    expect(stopped.filter((f) => f.answer === "Yes").map((f) => f.sign)).toEqual([
      "Facial, periorbital, lip or tongue swelling (possible angioedema)",
    ]);
    expect(stopped.filter((f) => f.screen === "Warning signs").every((f) => f.answer === "Not asked")).toBe(true);
  });

  it("names the rule that decided", () => {
    expect(decidingRule(tree, result.outcome)).toEqual({
      id: "folliculitis-diabetes",
      when: "looks like folliculitis and risk has diabetes",
      explain: "With diabetes, infected hair follicles should be checked by a doctor.",
      clinical: "Folliculitis pattern in a person with diabetes: routine review.",
    });
  });

  it("words an answer for its audience", () => {
    const question = (id: string) => tree.questions.find((q) => q.id === id)!; // the real tree has these ids
    expect(answerTerms(question("care_weeks"), 3, false)).toEqual(["3 weeks"]);
    expect(answerTerms(question("look"), "rough", false)).toEqual(["Tiny rough bumps, like sandpaper or goosebumps"]);
    expect(answerTerms(question("look"), "rough", true)[0]).not.toBe(answerTerms(question("look"), "rough", false)[0]);
    expect(answerTerms(question("where"), ["cheeks", "scalp"], false)).toHaveLength(2);
  });

  it("names self-care when no rule decided", () => {
    const selfCare = walk(tree, { ...diabetic, risk: ["none"], triggers: ["none"], care_weeks: 0, impact: ["none"] });
    if (selfCare.status !== "done") throw new Error("journey does not finish");
    expect(decidingRule(tree, selfCare.outcome)).toEqual({
      id: "self-care",
      when: "no escalation rule matched",
      explain: tree.selfCare.explain,
      clinical: tree.selfCare.clinical,
    });
  });
});

describe("dermatologistFlag", () => {
  it("says yes when the outcome advises a dermatologist, emergency care at an emergency, else no", () => {
    expect(dermatologistFlag({ seeDermatologist: true, urgency: "urgent" })).toBe("advised");
    expect(dermatologistFlag({ seeDermatologist: false, urgency: "emergency" })).toBe("emergencyCare");
    expect(dermatologistFlag({ seeDermatologist: false, urgency: "self_care" })).toBe("notAdvised");
  });
});
