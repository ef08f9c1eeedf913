import type { Question, Source, Tree } from "./schema";
import { localizeTree, treeWords } from "./words";

/**
 * The tree with every word for people blanked (the fields `treeWords` lists) and every source list emptied:
 * exactly what a question page needs to work out where Continue leads, at a quarter of the size. The page's
 * own words come separately.
 */
export function routingOnly(tree: Tree): Tree {
  const blank = Object.fromEntries(Object.keys(treeWords(tree)).map((key) => [key, ""]));
  // With no words left, no language either: every routing tree reads the same.
  return withoutSources(localizeTree(tree, blank, "en")) as Tree;
}

function withoutSources(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSources);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, key === "sources" ? [] : withoutSources(item)]),
  );
}

/**
 * What the questionnaire's pages need: the routing, plus the words a question page shows (titles, hints,
 * errors, option labels and hints) and the sources they cite. Not the care steps, nor the clinician's words
 * and the reasons' statements of the options: the result page has those. The browser parses all of it before
 * a question page responds (issue 24).
 */
export function questionnaireOnly(tree: Tree): { tree: Tree; sources: Source[] } {
  const sources = tree.sources.filter((s) => tree.questions.some((q) => q.sources?.includes(s.id)));
  const questions = tree.questions.map((question): Question => {
    return question.type === "number"
      ? { ...question, clinical: "" }
      : ({
          ...question,
          clinical: "",
          options: question.options.map(({ label, id, hint, picture }) => ({
            id,
            label,
            statement: "",
            ...(hint ? { hint } : {}),
            ...(picture ? { picture } : {}),
          })),
        } as Question);
  });
  return { tree: { ...routingOnly(tree), questions, guidance: [] }, sources };
}
