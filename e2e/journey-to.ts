import { walk } from "../lib/journey/walk";
import { tree } from "../lib/tree/load";

// A route to every question: answers that lead up to it, found by walking journeys from the tree.
export const journeyTo = new Map<string, Record<string, unknown>>();
export const base = { emergency: ["none"], warning: ["none"] };
for (const answers of [
  {
    ...base,
    redness: "yes",
    look: "rough",
    onset: "years",
    age: "18_to_64",
    where: ["upper_arms"],
    care_weeks: 2,
    progress: "same",
    impact: ["none"],
  },
  {
    ...base,
    redness: "yes",
    look: "pimples",
    onset: "days",
    risk: ["none"],
    triggers: ["none"],
    care_weeks: 0,
    impact: ["none"],
  },
  {
    ...base,
    redness: "yes",
    look: "rash",
    onset: "days",
    where: ["thighs"],
    feel: "itchy",
    triggers: ["none"],
    care_weeks: 0,
    impact: ["none"],
  },
  {
    ...base,
    redness: "no",
    non_red_look: "large_pores",
    onset: "days",
    age: "18_to_64",
    care_weeks: 0,
    impact: ["none"],
  },
]) {
  const { path } = walk(tree, answers);
  path.forEach((id, index) => {
    if (!journeyTo.has(id))
      journeyTo.set(id, Object.fromEntries(path.slice(0, index).map((q) => [q, answers[q as keyof typeof answers]])));
  });
}

/** Answers that reach each urgency, for the result page in every state. */
export const outcomes: [string, Record<string, unknown>][] = [
  ["emergency", { emergency: ["breathing"] }],
  ["urgent", { ...base, warning: ["fever"] }],
  ["appointment", { ...base, redness: "yes", look: "comedones", onset: "years" }],
  [
    "self_care",
    {
      ...base,
      redness: "yes",
      look: "pimples",
      onset: "days",
      risk: ["none"],
      triggers: ["hot_tub"],
      care_weeks: 0,
      impact: ["none"],
    },
  ],
];
