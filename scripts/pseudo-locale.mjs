// The pseudo-language en-XA, for the test that no word is hard-coded (e2e/pseudo-locale.spec.ts): every
// message of messages/en.json and every word of the tree, accented, 40% longer and marked ⟦…⟧, written to
// messages/en-XA.json and decision-tree/locales/en-XA.json (git ignores both). It is part of a build only when
// NEXT_PUBLIC_PSEUDO_LOCALE=1, as npm run test:e2e sets: a person never sees it.
//   NEXT_PUBLIC_PSEUDO_LOCALE=1 tsx scripts/pseudo-locale.mjs
import { parse, TYPE } from "@formatjs/icu-messageformat-parser";
import { printAST } from "@formatjs/icu-messageformat-parser/printer.js";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { PSEUDO, pseudoLocale } from "../lib/i18n/locales.ts";
import { tree } from "../lib/tree/load.ts";
import { treeWords } from "../lib/tree/words.ts";

const accents = {
  a: "á",
  e: "é",
  i: "í",
  o: "ó",
  u: "ú",
  c: "ç",
  n: "ñ",
  A: "Á",
  E: "É",
  I: "Í",
  O: "Ó",
  U: "Ú",
  C: "Ç",
  N: "Ñ",
};

/** Plain text in the pseudo-language: accented, and longer by 40% (a translation is often that much longer). */
export function pseudoText(text) {
  if (text.trim() === "") return text;
  const accented = [...text].map((char) => accents[char] ?? char).join("");
  // In words of four, so that a long message still wraps on a narrow screen.
  const padding = " ~~~~".repeat(Math.ceil((text.length * 0.4) / 5));
  return `${accented}${padding}`;
}

/** A message in the pseudo-language: its words changed, its placeholders and plural forms kept; marked ⟦…⟧. */
export function pseudoMessage(message) {
  const visit = (elements) =>
    elements.map((element) => {
      if (element.type === TYPE.literal) return { ...element, value: pseudoText(element.value) };
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        const options = Object.fromEntries(
          Object.entries(element.options).map(([key, option]) => [key, { ...option, value: visit(option.value) }]),
        );
        return { ...element, options };
      }
      return element;
    });
  return `⟦${printAST(visit(parse(message, { ignoreTag: true })))}⟧`;
}

const pseudoAll = (words) => Object.fromEntries(Object.entries(words).map(([key, text]) => [key, pseudoMessage(text)]));

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!pseudoLocale) {
    // A build for people: what a test build left behind goes, or the language check would find it.
    for (const file of [`messages/${PSEUDO}.json`, `decision-tree/locales/${PSEUDO}.json`])
      rmSync(file, { force: true });
    console.log("no pseudo-language in this build (NEXT_PUBLIC_PSEUDO_LOCALE is not 1)");
  } else {
    const messages = JSON.parse(readFileSync("messages/en.json", "utf8"));
    writeFileSync(`messages/${pseudoLocale}.json`, `${JSON.stringify(pseudoAll(messages), null, 2)}\n`);
    writeFileSync(
      `decision-tree/locales/${pseudoLocale}.json`,
      `${JSON.stringify(pseudoAll(treeWords(tree)), null, 2)}\n`,
    );
    console.log(`wrote messages/${pseudoLocale}.json and decision-tree/locales/${pseudoLocale}.json`);
  }
}
