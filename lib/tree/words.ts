import { withCountMessages } from "./count-messages";
import type { Tree } from "./schema";

/**
 * The tree's words, keyed by the tree's ids ("questions.redness.title", "guidance.kp-moisturise.text"), so that
 * another language is a flat file of the same keys (decision-tree/locales/) and the decision logic stays in
 * the one tree.json. Every field a person or a clinician reads is here; ids, routes and rules are not.
 */
export type TreeWords = Record<string, string>;

type Field = { key: string; get: (tree: Tree) => string | undefined; set: (tree: Tree, text: string) => void };

function fieldsOf(tree: Tree): Field[] {
  const fields: Field[] = [];
  // Each item is read as a plain record: the fields named are optional text, absent on some items.
  type Item = Record<string, unknown>;
  const add = (prefix: string, find: (t: Tree) => object | undefined, names: readonly string[]) => {
    const item = find(tree) as Item | undefined;
    if (!item) return;
    for (const name of names) {
      if (typeof item[name] !== "string") continue;
      fields.push({
        key: `${prefix}.${name}`,
        get: (t) => (find(t) as Item | undefined)?.[name] as string | undefined,
        set: (t, text) => Object.assign(find(t) ?? {}, { [name]: text }),
      });
    }
  };

  add("emergencyAdvice", (t) => t.emergencyAdvice, ["text"]);
  tree.questions.forEach((question, qi) => {
    const q = `questions.${question.id}`;
    add(q, (t) => t.questions[qi], [
      "short",
      "clinical",
      "title",
      "hint",
      "error",
      "unit",
      "statement",
      "amount",
    ] as const);
    if (question.type === "number") return;
    question.options.forEach((option, oi) => {
      add(
        `${q}.options.${option.id}`,
        (t) => {
          const found = t.questions[qi];
          return found && found.type !== "number" ? found.options[oi] : undefined;
        },
        ["label", "clinical", "hint", "statement"] as const,
      );
    });
  });
  tree.findings.forEach((finding, i) => {
    add(`findings.${finding.id}`, (t) => t.findings[i], ["name", "summary"] as const);
    add(`findings.${finding.id}.checkBack`, (t) => t.findings[i]?.checkBack, ["say"] as const);
  });
  tree.rules.forEach((rule, i) =>
    add(`rules.${rule.id}`, (t) => t.rules[i], ["clinical", "explain", "action"] as const),
  );
  add("selfCare", (t) => t.selfCare, ["explain", "clinical"] as const);
  for (const urgency of Object.keys(tree.urgencies) as (keyof Tree["urgencies"])[]) {
    add(`urgencies.${urgency}`, (t) => t.urgencies[urgency], ["label", "title", "action", "clinical"] as const);
  }
  tree.guidance.forEach((item, i) => add(`guidance.${item.id}`, (t) => t.guidance[i], ["text", "active"] as const));
  tree.sources.forEach((source, i) => add(`sources.${source.id}`, (t) => t.sources[i], ["title"] as const));
  return fields;
}

/** The tree's own (English) words by key. */
export function treeWords(tree: Tree): TreeWords {
  return Object.fromEntries(fieldsOf(tree).map((field) => [field.key, field.get(tree) ?? ""]));
}

/** The same tree with another language's words (its plural rules by `tag`): same ids, same order, same logic. */
export function localizeTree(tree: Tree, words: TreeWords, tag = "en"): Tree {
  const copy = structuredClone(tree);
  for (const field of fieldsOf(copy)) {
    const text = words[field.key];
    if (text !== undefined) field.set(copy, text);
  }
  return withCountMessages(copy, tag);
}
