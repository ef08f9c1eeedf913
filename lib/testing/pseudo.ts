import { catalogs } from "../i18n/catalogs";
import { compileMessage } from "../i18n/format-message";
import { translatorFor, type CompiledMessages, type MessageKey, type Translate } from "../i18n/messages";
import type { Tree } from "../tree/schema";
import { localizeTree, treeWords } from "../tree/words";

/**
 * A pseudo-language for tests: every message of the catalog and every word of the tree wrapped in ⟦ ⟧, so a
 * test can tell a string that came from them from one written into the code. A document made with these
 * words that holds a text without ⟦ has a hard-coded word.
 */
export const PSEUDO_OPEN = "⟦";

const wrap = (text: string) => `${PSEUDO_OPEN}${text}⟧`;

export function pseudoTranslator(): Translate {
  const entries = Object.entries(catalogs.en) as [MessageKey, string][];
  const compiled = Object.fromEntries(entries.map(([key, text]) => [key, compileMessage(wrap(text))]));
  return translatorFor(compiled as CompiledMessages, "en");
}

export function pseudoTree(tree: Tree): Tree {
  const words = Object.fromEntries(Object.entries(treeWords(tree)).map(([key, text]) => [key, wrap(text)]));
  return localizeTree(tree, words);
}

/** Every string in a value with the path to it, for a test to say where a hard-coded word is. */
export function stringsIn(value: unknown, at = ""): { at: string; text: string }[] {
  if (typeof value === "string") return [{ at, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringsIn(item, `${at}[${i}]`));
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => stringsIn(item, at ? `${at}.${key}` : key));
  }
  return [];
}

/** What is left of a text once every ⟦…⟧ (nested ones too) is taken out: hard-coded words, if any. */
export function outsidePseudo(text: string): string {
  let rest = text;
  for (let before = ""; before !== rest;) {
    before = rest;
    rest = rest.replace(/⟦[^⟦⟧]*⟧/g, "");
  }
  return rest;
}

/** The paths of a FHIR resource's strings that are codes, references or dates, never words for a reader. */
export const fhirCodeFields =
  /(^|\.)(resourceType|status|type|language|questionnaire|linkId|system|code|reference|fullUrl|authored|occurrenceDateTime|id)$/;
