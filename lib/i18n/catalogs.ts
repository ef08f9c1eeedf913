import english from "../../messages/en.json" with { type: "json" };
import spanish from "../../messages/es.json" with { type: "json" };
import spanishTree from "../../decision-tree/locales/es.json" with { type: "json" };
import { tree } from "../tree/load";
import type { Tree } from "../tree/schema";
import type { Locale } from "./locales";
import { compileMessage } from "./format-message";
import { translatorFor, type CompiledMessages, type MessageKey, type Messages, type Translate } from "./messages";
import { localizeTree, type TreeWords } from "../tree/words";

// Read at build time only, by the pages' server code: a page ships its own language's catalog as data, and
// no catalog is ever bundled into the browser's JavaScript.

/** Every language's interface catalog. The build's check (npm run tree:check) proves they match English. */
export const catalogs: Record<Locale, Messages> = { en: english, es: spanish };

/** Every language's words for the tree, except English, which is the tree's own. */
const treeLocales: Record<Exclude<Locale, "en">, TreeWords> = { es: spanishTree };

const localized = new Map<Locale, Tree>();

/** The tree with a language's words: the same ids and logic as tree.json. */
export function treeIn(locale: Locale): Tree {
  if (locale === "en") return tree;
  let found = localized.get(locale);
  if (!found) {
    found = localizeTree(tree, treeLocales[locale]);
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

export function translator(locale: Locale): Translate {
  return translatorFor(compiledCatalog(locale), locale);
}
