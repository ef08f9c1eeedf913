// Runs cases through the triage engine: npm run triage -- FILE...  (one JSON line per case)
// With --check, compares each case with its "expect" and prints each difference (npm run triage -- --check FILE...).
import { readFileSync } from "node:fs";
import { tree } from "../lib/tree/load";
import { differences, readCaseFile, triageCase, type Case } from "../lib/triage/cases";

const args = process.argv.slice(2);
const check = args.includes("--check");
const files = args.filter((arg) => arg !== "--check");
if (files.length === 0) {
  console.error(
    'usage: npm run triage -- [--check] FILE...   (each file holds a case {"answers": {...}} or a list of cases;\n' +
      "--check compares each case with its expect and exits 1 on any difference)",
  );
  process.exit(2);
}

let failed = false;
let compared = 0;
for (const file of files) {
  let read: { cases: Case[] } | { error: string };
  try {
    read = readCaseFile(file, readFileSync(file, "utf8"));
  } catch (error) {
    read = { error: `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
  }
  if ("error" in read) {
    failed = true;
    console.log(check ? `${file}: ${read.error}` : JSON.stringify({ id: file, error: read.error }));
    continue;
  }
  read.cases.forEach((triage, index) => {
    const line = triageCase(tree, triage, `${file}#${index + 1}`);
    if (!check) {
      if ("error" in line) failed = true;
      console.log(JSON.stringify(line));
      return;
    }
    compared++;
    const found = "error" in line ? [line.error] : differences(tree, line, triage);
    if (found.length > 0) failed = true;
    for (const difference of found) console.log(`${file}: ${line.id}: ${difference}`);
  });
}
if (check) console.log(failed ? "some cases differ from their expect" : `ok: ${compared} cases as expected`);
process.exit(failed ? 1 : 0);
