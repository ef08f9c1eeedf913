import type { Source, Tree } from "./schema";

/** Keys whose values are words for people. Everything else (ids, operators, numbers, routes) is routing. */
const WORDS = new Set([
  "text",
  "label",
  "title",
  "statement",
  "url",
  "clinical",
  "summary",
  "explain",
  "hint",
  "error",
  "action",
  "name",
  "short",
  "say",
  "unit",
  "active",
]);

/**
 * The tree with every word for people blanked and every source list emptied: exactly what a question page
 * needs to work out where Continue leads, at a quarter of the size. The page's own words come separately.
 */
export function routingOnly(tree: Tree): Tree {
  return blankWords(tree) as Tree;
}

function blankWords(value: unknown, key?: string): unknown {
  if (Array.isArray(value)) return key === "sources" ? [] : value.map((item) => blankWords(item, key));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, blankWords(v, k)]));
  }
  return typeof value === "string" && key !== undefined && WORDS.has(key) ? "" : value;
}

/** What the questionnaire's pages need: the routing, plus the questions' own words and the sources they cite. */
export function questionnaireOnly(tree: Tree): { tree: Tree; sources: Source[] } {
  const sources = tree.sources.filter((s) => tree.questions.some((q) => q.sources?.includes(s.id)));
  return { tree: { ...routingOnly(tree), questions: tree.questions }, sources };
}
