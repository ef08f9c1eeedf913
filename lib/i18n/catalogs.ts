import { readFileSync } from "node:fs";
import path from "node:path";
import { tree } from "../tree/load";
import type { Tree } from "../tree/schema";
import { defaultLocale, languageTag, locales, type Locale } from "./locales";
import { compileMessage } from "./format-message";
import {
  translatorFor,
  type CompiledMessages,
  type MessageKey,
  type Messages,
  type Namespace,
  type Translate,
} from "./messages";
import { localizeTree, type TreeWords } from "../tree/words";

// Read at build time only, by the pages' server code: a page ships its own language's catalog as data, and
// no catalog is ever bundled into the browser's JavaScript. Each language's files are found by its code, so
// a new language needs no line here (docs/adding-a-language.md).

const readJson = (file: string): unknown => JSON.parse(readFileSync(path.resolve(process.cwd(), file), "utf8"));

/** Every language's interface catalog. The build's check (npm run tree:check) proves they match English. */
export const catalogs = Object.fromEntries(
  locales.map((locale) => [locale, readJson(`messages/${locale}.json`) as Messages]),
) as Record<Locale, Messages>;

/** A language's words for the tree (English's are the tree's own), checked by npm run tree:check. */
const treeWordsIn = (locale: Locale) => readJson(`decision-tree/locales/${locale}.json`) as TreeWords;

const localized = new Map<Locale, Tree>();

/** The tree with a language's words: the same ids and logic as tree.json. */
export function treeIn(locale: Locale): Tree {
  if (locale === defaultLocale) return tree;
  let found = localized.get(locale);
  if (!found) {
    found = localizeTree(tree, treeWordsIn(locale), languageTag[locale]);
    localized.set(locale, found);
  }
  return found;
}

const compiled = new Map<Locale, CompiledMessages>();

/** A language's catalog read into parts, as its pages carry it. */
export function compiledCatalog(locale: Locale): CompiledMessages {
  let found = compiled.get(locale);
  if (!found) {
    const entries = Object.entries(catalogs[locale]) as [MessageKey, string][];
    found = Object.fromEntries(entries.map(([key, text]) => [key, compileMessage(text)])) as CompiledMessages;
    compiled.set(locale, found);
  }
  return found;
}

/**
 * The messages a page's client components use, by namespace: each page carries only these, since the browser
 * parses all the page data before the page responds (issue 24: the whole catalog cost every page).
 */
export function catalogPart(locale: Locale, namespaces: readonly Namespace[]): CompiledMessages {
  const wanted = new Set<string>(namespaces);
  const whole = compiledCatalog(locale);
  return Object.fromEntries(
    Object.entries(whole).filter(([key]) => wanted.has(key.slice(0, key.indexOf(".")))),
  ) as CompiledMessages;
}

export function translator(locale: Locale): Translate {
  return translatorFor(compiledCatalog(locale), locale);
}
