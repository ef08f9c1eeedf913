// Runs cases through the triage engine: npm run triage -- FILE...  (one JSON line per case)
import { readFileSync } from "node:fs";
import { tree } from "../lib/tree/load";
import { triageFile, type TriageLine } from "../lib/triage/cases";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run triage -- FILE...   (each file holds a case {"answers": {...}} or a list of cases)');
  process.exit(2);
}

let failed = false;
for (const file of files) {
  let lines: TriageLine[];
  try {
    lines = triageFile(tree, file, readFileSync(file, "utf8"));
  } catch (error) {
    lines = [{ id: file, error: `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}` }];
  }
  for (const line of lines) {
    if ("error" in line) failed = true;
    console.log(JSON.stringify(line));
  }
}
process.exit(failed ? 1 : 0);
