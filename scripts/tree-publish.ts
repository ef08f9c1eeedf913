// Keeps today's version of the tree, with its words in every language, in decision-tree/published/<version>/
// (SPEC.md section 7): every version that reaches main stays readable. Runs in npm run build after the tree
// check, which has already refused a change of logic that kept its version; a wording change refreshes the copy.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { PSEUDO } from "../lib/i18n/locales";

const treeFile = "decision-tree/tree.json";
const { version } = JSON.parse(readFileSync(treeFile, "utf8")) as { version: string };
const target = path.join("decision-tree/published", version);
mkdirSync(path.join(target, "locales"), { recursive: true });
copyFileSync(treeFile, path.join(target, "tree.json"));
const locales = "decision-tree/locales";
// The pseudo-language of test builds is never published.
const published = (file: string) => file.endsWith(".json") && file !== `${PSEUDO}.json`;
for (const file of existsSync(locales) ? readdirSync(locales).filter(published) : []) {
  copyFileSync(path.join(locales, file), path.join(target, "locales", file));
}
console.log(`kept version ${version} in ${target}`);
