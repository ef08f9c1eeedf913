import { isRecord } from "../is-record";
import type { Tree } from "../tree/schema";
import { defaultLocale, isLocale, locales, PSEUDO } from "./locales";
import { compileMessage, placeholdersOf } from "./format-message";
import type { Part } from "./render-message";
import { treeWords } from "../tree/words";

export type LanguageFiles = {
  /** messages/<locale>.json, parsed, for every locale whose file exists (English included). */
  messages: Record<string, unknown>;
  /** decision-tree/locales/<locale>.json, parsed, for every locale whose file exists. */
  treeWords: Record<string, unknown>;
};

/**
 * Every language the site lists has both its files, and each matches English key for key, with the same
 * placeholders; one line per problem, naming the file and the key. English is checked too: its messages
 * must be valid ICU MessageFormat, and the tree's own words are its reference.
 */
export function checkLocales(tree: Tree, files: LanguageFiles): string[] {
  const problems: string[] = [];
  const english = files.messages[defaultLocale];
  if (!isRecord(english)) return [`messages/${defaultLocale}.json: missing or not an object of messages`];
  const englishMessages = Object.fromEntries(Object.entries(english).map(([k, v]) => [k, String(v)]));
  problems.push(...compareCatalogs(englishMessages, english, `messages/${defaultLocale}.json`));
  const englishTree = treeWords(tree);
  problems.push(...compareCatalogs(englishTree, englishTree, "decision-tree/tree.json"));

  for (const locale of locales.filter((l) => l !== defaultLocale)) {
    const messages = files.messages[locale];
    const words = files.treeWords[locale];
    if (!isRecord(messages)) problems.push(`messages/${locale}.json: missing or not an object of messages`);
    else problems.push(...compareCatalogs(englishMessages, messages, `messages/${locale}.json`));
    if (!isRecord(words)) problems.push(`decision-tree/locales/${locale}.json: missing or not an object of words`);
    else problems.push(...compareCatalogs(englishTree, words, `decision-tree/locales/${locale}.json`));
  }
  for (const [folder, found] of [
    ["messages", files.messages],
    ["decision-tree/locales", files.treeWords],
  ] as const) {
    // A test build's pseudo-language may have left its files behind (scripts/pseudo-locale.mjs).
    for (const locale of Object.keys(found).filter((code) => code !== PSEUDO)) {
      if (!isLocale(locale))
        problems.push(`${folder}/${locale}.json: "${locale}" is not a language in lib/i18n/locales.ts`);
    }
  }
  return problems;
}

/**
 * Compares a translation with its English original, key by key: a missing string, an empty one, one that is
 * not a valid message, one with other placeholders, and one English no longer has.
 */
function compareCatalogs(english: Record<string, string>, other: Record<string, unknown>, file: string) {
  const problems: string[] = [];
  for (const [key, source] of Object.entries(english)) {
    const text = other[key];
    if (text === undefined) {
      problems.push(`${file}: missing "${key}"`);
      continue;
    }
    if (typeof text !== "string" || text.trim() === "") {
      problems.push(`${file}: "${key}" must be a non-empty string`);
      continue;
    }
    const ours = safePlaceholders(source);
    const theirs = safePlaceholders(text);
    if (typeof theirs === "string") {
      problems.push(`${file}: "${key}" ${theirs}`);
      continue;
    }
    if (typeof ours !== "string" && ours.join() !== theirs.join()) {
      problems.push(
        `${file}: "${key}" has placeholders {${theirs.join("}, {")}} but English has {${ours.join("}, {")}}`,
      );
    }
    for (const count of countsWithoutPlural(text)) {
      problems.push(
        `${file}: "${key}" shows the number {${count}} without plural forms: write {${count}, plural, one {…} other {…}}`,
      );
    }
  }
  for (const key of Object.keys(other)) {
    if (!(key in english)) problems.push(`${file}: "${key}" is not used any more (no such key in English)`);
  }
  return problems;
}

/**
 * Values that are counts: a message that shows one must choose its words by plural forms, or a language says
 * "1 semanas". (A number that is not a count, such as a version or a question's place, may stand alone.)
 */
const countValues = /^(?:count|value|weeks|days)$/;

/** The counts a message shows as a bare number, outside any plural. */
export function countsWithoutPlural(message: string): string[] {
  const bare = new Set<string>();
  const visit = (parts: Part[], inPluralOf?: string) => {
    for (const part of parts) {
      if (typeof part === "string" || part.arg === "#") continue;
      if ("cases" in part) {
        const within = part.kind === "plural" ? part.arg : inPluralOf;
        Object.values(part.cases).forEach((cases) => visit(cases, within));
      } else if (countValues.test(part.arg) && part.arg !== inPluralOf) bare.add(part.arg);
    }
  };
  const compiled = compileMessage(message);
  if (typeof compiled !== "string") visit(compiled);
  return [...bare];
}

function safePlaceholders(message: string): string[] | string {
  try {
    return placeholdersOf(message);
  } catch (error) {
    return `is not a valid message: ${(error as Error).message}`;
  }
}
