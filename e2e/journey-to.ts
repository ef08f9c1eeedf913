import { walk } from "../lib/journey/walk";
import { tree } from "../lib/tree/load";
import { allCases, caseForUrgency } from "./cases";

// A route to every question: the answers of a case that asks it, up to it (the cases ask every question).
export const journeyTo = new Map<string, Record<string, unknown>>();
for (const { answers } of allCases()) {
  const { path } = walk(tree, answers);
  path.forEach((id, index) => {
    if (!journeyTo.has(id)) journeyTo.set(id, Object.fromEntries(path.slice(0, index).map((q) => [q, answers[q]])));
  });
}
for (const question of tree.questions) {
  if (!journeyTo.has(question.id)) throw new Error(`no case in decision-tree/cases/ asks '${question.id}'`);
}

/** Answers that reach each urgency, for the result page in every state: one case each. */
export const outcomes = Object.entries(caseForUrgency).map(([urgency, c]) => [urgency, c.answers] as const);
