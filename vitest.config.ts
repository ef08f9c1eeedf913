import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["lib/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    // The property tests walk thousands of journeys each; on a busy 2-core machine one can pass 5 s.
    testTimeout: 30_000,
  },
});
