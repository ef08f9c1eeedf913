import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    "**/.next/**",
    "**/out/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
    "bench/tmp/**",
    ".stryker-tmp/**",
    "reports/**",
  ]),
  {
    // Imports flow one way: decision-tree ← lib ← components ← app.
    rules: {
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: "./lib",
              from: ["./components", "./app", "./e2e"],
              message: "lib/ is pure: it must not import UI code.",
            },
            { target: "./components", from: "./app", message: "components/ must not import from app/." },
            { target: "./decision-tree", from: ["./lib", "./components", "./app"], message: "the tree is data." },
          ],
        },
      ],
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-explicit-any": "error",
    },
  },
  {
    files: ["lib/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["react", "react-dom", "react/*", "react-dom/*", "next", "next/*"],
              message: "lib/ holds pure logic with no React or Next.",
            },
          ],
        },
      ],
    },
  },
]);
