import type { Outcome } from "../../lib/journey/outcome";

/**
 * The outcome as data attributes on a page's `<main>` (result, summary, handout): what the end-to-end tests and
 * any reader of the page's markup compare with a case's `expect`. No finding after a safety screen.
 */
export function outcomeAttributes(outcome: Pick<Outcome, "urgency" | "condition" | "finding">) {
  return {
    "data-urgency": outcome.urgency,
    "data-condition": outcome.condition,
    "data-finding": outcome.finding?.id,
  };
}
