import { defineConfig } from "vitest/config";

// The unit tests of lib/ only: the scripts' tests spawn processes and servers, which mutating lib/ cannot reach.
export default defineConfig({
  test: {
    include: ["lib/**/*.test.ts"],
    environment: "node",
  },
});
