// npm run mutation: StrykerJS 9 (the last major that runs on Node 20) over lib/, with the Vitest runner.
// It changes the code one small way at a time and reruns the tests that cover the change; a mutant that
// survives is a place where a test could not fail. Not part of npm test: it takes many minutes.
process.env.PROPERTY_RUNS_SCALE ??= "0.1";

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts" },
  // lib/fhir/ is tested against the FHIR validator and a FHIRPath engine instead (see vitest.mutation.config.ts).
  mutate: ["lib/**/*.ts", "!lib/**/*.test.ts", "!lib/testing/**", "!lib/fhir/**"],
  coverageAnalysis: "perTest",
  // Static mutants (in module-level constants) rerun every test; they are left out, as the issue measured.
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 20_000,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  thresholds: { high: 90, low: 80, break: 90 },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};

export default config;
