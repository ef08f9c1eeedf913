// Checks decision-tree/tree.json: prints "ok" or one problem per line, naming the node (npm run tree:check).
import { readFileSync } from "node:fs";
import { parseTree } from "../lib/tree/parse";

const file = process.argv[2] ?? "decision-tree/tree.json";
let raw: unknown;
try {
  raw = JSON.parse(readFileSync(file, "utf8"));
} catch (error) {
  console.error(`${file}: cannot be read as JSON: ${(error as Error).message}`);
  process.exit(1);
}
const result = parseTree(raw);
if (result.ok) {
  console.log(`ok: ${file} (version ${result.tree.version}, ${result.tree.questions.length} questions)`);
} else {
  for (const problem of result.problems) console.error(`${file}: ${problem}`);
  process.exit(1);
}
