import type { Outcome } from "../journey/outcome";
import { safetyScreen } from "../tree/roles";
import type { Tree } from "../tree/schema";
import { careStepsAsShown } from "./care-order";

/**
 * The sources the result page cites, group by group, in the order the page shows them (ResultView): the
 * urgency, what it looks like, each care step, the check-back window, the reasons, then when to get help
 * sooner. A page that stops at a safety screen cites only its urgency.
 */
export function resultCitations(tree: Tree, outcome: Outcome): string[][] {
  const urgency = tree.urgencies[outcome.urgency].sources;
  if (outcome.condition === "not_assessed") return [urgency];
  return [
    urgency,
    outcome.finding?.sources ?? [],
    ...careStepsAsShown(outcome.guidance).map((item) => item.sources),
    outcome.checkBackWeeks !== undefined ? (outcome.finding?.checkBack?.sources ?? []) : [],
    outcome.explainSources,
    safetyScreen(tree, "warningScreen").sources ?? [],
    tree.emergencyAdvice.sources,
  ];
}

/** Numbers for the sources, 1, 2, 3… in the order they are first cited: the page's numbered references. */
export function numberReferences(groups: readonly (readonly string[])[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const id of groups.flat()) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
  return numbers;
}
