import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { readdirSync } from "node:fs";

// Every folder of components/ is a feature that owns its UI and its state, except common/, which all share.
// A feature never imports another (app/ composes them), and common/ imports no feature.
const features = readdirSync("components", { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const featureZones = features.map((feature) => ({
  target: `./components/${feature}`,
  from: "./components",
  except: feature === "common" ? ["./common"] : ["./common", `./${feature}`],
  message:
    feature === "common"
      ? "components/common/ is shared by every feature: it must not import one."
      : "a feature must not import another feature: share it through components/common/ or lib/, or compose the two in app/.",
}));

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
    // Imports flow one way: decision-tree ← lib ← components ← app; features stay apart (featureZones).
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
            ...featureZones,
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
