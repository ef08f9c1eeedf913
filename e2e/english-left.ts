import { expect, type Page } from "@playwright/test";
import { catalogs, treeIn } from "../lib/i18n/catalogs";
import type { Locale } from "../lib/i18n/locales";
import { treeWords } from "../lib/tree/words";

/**
 * Every English phrase of the interface and the tree that another language says differently: each message
 * cut at its placeholders and into sentences, kept when a piece is three words or more (short words such as
 * "No" are the same in Spanish). A catalog entry left in English is caught by the catalog's own unit test.
 */
function englishPhrases(locale: Locale): string[] {
  const pairs: [string, string | undefined][] = [
    ...Object.entries(catalogs.en).map(([key, text]) => [text, catalogs[locale][key as keyof typeof catalogs.en]]),
    ...Object.entries(treeWords(treeIn("en"))).map(([key, text]) => [text, treeWords(treeIn(locale))[key]]),
  ] as [string, string | undefined][];
  const phrases = new Set<string>();
  for (const [english, other] of pairs) {
    if (english === other) continue;
    for (const piece of english.split(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}/)) {
      // Each sentence on its own too, so that half a message left in English is found.
      for (const sentence of [piece, ...piece.split(/(?<=[.:;?!])\s+/)]) {
        const phrase = sentence.trim().replace(/^[,.:;]\s*/, "");
        // A phrase the translation keeps as it is (the site's name) is not English left behind.
        if (phrase.split(/\s+/).length >= 3 && !other?.includes(phrase)) phrases.add(phrase);
      }
    }
  }
  return [...phrases];
}

const cache = new Map<Locale, string[]>();

/**
 * Fails on any English phrase left on a page in another language: its visible text, title and the names
 * of its controls. A condition's English name in brackets, "(en inglés, keratosis pilaris)", is meant.
 */
export async function expectNoEnglishLeft(page: Page, locale: Locale, state = page.url()) {
  let phrases = cache.get(locale);
  if (!phrases) cache.set(locale, (phrases = englishPhrases(locale)));
  const text = await page.evaluate(() => {
    const labels = [...document.querySelectorAll("[aria-label], [alt], [title]")].map((element) =>
      ["aria-label", "alt", "title"].map((name) => element.getAttribute(name) ?? "").join(" "),
    );
    return [document.title, document.body.innerText, ...labels].join("\n");
  });
  const visible = text.replace(/\(en inglés, [^)]*\)/g, "");
  const left = phrases.filter((phrase) => visible.includes(phrase));
  expect(left, `English left on ${state}`).toEqual([]);
}
