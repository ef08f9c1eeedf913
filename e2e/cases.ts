import { loadCases, type ExpectedCase } from "../lib/testing/cases";

// The hand-written cases of decision-tree/cases/: the answers the browser tests give, and what the pages
// must then show. A test names its case; a case renamed or removed fails the test that needs it, loudly.
const cases = loadCases();

export type Answers = Record<string, string | string[] | number>;

export function caseById(id: string): ExpectedCase {
  const found = cases.find((c) => c.id === id);
  if (!found) throw new Error(`no case '${id}' in decision-tree/cases/: a test needs it`);
  return found;
}

export const answersOf = (id: string): Answers => caseById(id).answers;

/** Every case, for tests that need many journeys (for example, a route to every question). */
export const allCases = (): readonly ExpectedCase[] => cases;

/** One case per urgency, for the pages that look different at each. */
export const caseForUrgency = {
  emergency: caseById("throat-tightening"),
  urgent: caseById("cellulitis-like-fever-is-a-warning"),
  appointment: caseById("lookalike-acne"),
  self_care: caseById("folliculitis-hot-tub"),
} as const;
