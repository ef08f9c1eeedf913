// Checks decision-tree/tree.json and every language's words: prints "ok" or one problem per line, naming the
// node or the key (npm run tree:check). It walks every class of answers, so it also proves that every journey
// ends in an outcome and every option leads somewhere.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { checkLocales } from "../lib/i18n/check-locales";
import { checkComplete } from "../lib/journey/completeness";
import { parseTree } from "../lib/tree/parse";
import { readPublished } from "../lib/tree/published";
import { checkAgainstPublished } from "../lib/tree/published-check";

const file = process.argv[2] ?? "decision-tree/tree.json";
const problems: string[] = [];

function readJson(name: string): unknown {
  try {
    return JSON.parse(readFileSync(name, "utf8"));
  } catch (error) {
    problems.push(`${name}: cannot be read as JSON: ${(error as Error).message}`);
    return undefined;
  }
}

/** Every <locale>.json in a folder, parsed. */
function languageFiles(folder: string): Record<string, unknown> {
  if (!existsSync(folder)) return {};
  const names = readdirSync(folder).filter((name) => name.endsWith(".json"));
  return Object.fromEntries(names.map((name) => [name.replace(/\.json$/, ""), readJson(path.join(folder, name))]));
}

let journeys = 0;
const raw = readJson(file);
const result = raw === undefined ? undefined : parseTree(raw);
if (result && !result.ok) problems.push(...result.problems.map((problem) => `${file}: ${problem}`));
if (result?.ok) {
  const complete = checkComplete(result.tree);
  journeys = complete.journeys;
  problems.push(...complete.problems.map((problem) => `${file}: ${problem}`));
  try {
    problems.push(...checkAgainstPublished(result.tree, readPublished()));
  } catch (error) {
    problems.push((error as Error).message);
  }
  const root = path.dirname(path.dirname(path.resolve(file)));
  problems.push(
    ...checkLocales(result.tree, {
      messages: languageFiles(path.join(root, "messages")),
      treeWords: languageFiles(path.join(path.dirname(path.resolve(file)), "locales")),
    }),
  );
}
if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
console.log(
  `ok: ${file} (version ${result?.ok ? result.tree.version : "?"}, ${result?.ok ? result.tree.questions.length : 0} questions, ${journeys} kinds of journey, each ending in an outcome) and every language's words`,
);
