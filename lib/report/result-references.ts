import type { Outcome } from "../journey/outcome";
import { safetyScreen } from "../tree/roles";
import type { Tree } from "../tree/schema";
import { careStepsAsShown } from "./care-order";

/**
 * The result's sections after the urgency, in the order the page shows them: what a worried person needs
 * first comes first (what it looks like, the care steps, the check-back date), then why, then when to get
 * help sooner. The page renders this list (ResultView), and the references are numbered in its order.
 */
export const resultSections = ["looksLike", "care", "checkBack", "reasons", "soonerIf"] as const;
export type ResultSection = (typeof resultSections)[number];

const sectionSources: Record<ResultSection, (tree: Tree, outcome: Outcome) => string[][]> = {
  looksLike: (_tree, outcome) => [outcome.finding?.sources ?? []],
  care: (_tree, outcome) => careStepsAsShown(outcome.guidance).map((item) => item.sources),
  checkBack: (_tree, outcome) => [
    outcome.checkBackWeeks !== undefined ? (outcome.finding?.checkBack?.sources ?? []) : [],
  ],
  reasons: (_tree, outcome) => [outcome.explainSources],
  soonerIf: (tree) => [safetyScreen(tree, "warningScreen").sources ?? [], tree.emergencyAdvice.sources],
};

/**
 * The sources the result page cites, group by group, in the order the page shows them: the urgency, then
 * each of `resultSections`. A page that stops at a safety screen cites only its urgency.
 */
export function resultCitations(tree: Tree, outcome: Outcome): string[][] {
  const urgency = tree.urgencies[outcome.urgency].sources;
  if (outcome.condition === "not_assessed") return [urgency];
  return [urgency, ...resultSections.flatMap((section) => sectionSources[section](tree, outcome))];
}

/** Numbers for the sources, 1, 2, 3… in the order they are first cited: the page's numbered references. */
export function numberReferences(groups: readonly (readonly string[])[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const id of groups.flat()) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
  return numbers;
}
