import { defineConfig } from "vitest/config";

// The unit tests of lib/ only: the scripts' tests spawn processes and servers, which mutating lib/ cannot reach.
// lib/fhir/ is left out: its tests check it against two independent implementations (the FHIR R4 validator
// and a FHIRPath engine) whose start-up takes seconds on every rerun, which would make a run take hours.
export default defineConfig({
  test: {
    include: ["lib/**/*.test.ts"],
    exclude: ["lib/fhir/**"],
    environment: "node",
  },
});
