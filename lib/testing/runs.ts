// Mutation testing reruns the tests that cover each mutant, so it asks for a tenth of the random cases
// (PROPERTY_RUNS_SCALE=0.1 in stryker.config.mjs); npm test always runs the full number.
const scale = Number(process.env.PROPERTY_RUNS_SCALE) || 1;

/** fast-check options for a property test: `numRuns` random cases, scaled for mutation testing. */
export function runs(numRuns: number): { numRuns: number } {
  return { numRuns: Math.max(10, Math.round(numRuns * scale)) };
}
