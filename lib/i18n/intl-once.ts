/**
 * Intl formatters made once per language and options, then reused. The first Intl constructor a page calls
 * starts ICU, which costs a phone with a slow CPU 75 to 90 ms of its main thread (issue 24); every later one
 * would cost again for plural rules and dates made per message.
 */
const made = new Map<string, Intl.NumberFormat | Intl.PluralRules | Intl.DateTimeFormat>();

function once<T extends Intl.NumberFormat | Intl.PluralRules | Intl.DateTimeFormat>(key: string, make: () => T): T {
  const known = made.get(key) as T | undefined;
  if (known) return known;
  const formatter = make();
  made.set(key, formatter);
  return formatter;
}

/**
 * A number as a person reads it in a language. Whole numbers from 0 to 999 are written with plain digits and no
 * grouping in every language the site speaks (a test checks each language), so the question pages' "Question 1"
 * needs no ICU at all.
 */
export function formatNumber(n: number, tag: string): string {
  if (Number.isInteger(n) && n >= 0 && n < 1000) return String(n);
  return once(`number:${tag}`, () => new Intl.NumberFormat(tag)).format(n);
}

export function pluralCategory(n: number, tag: string): Intl.LDMLPluralRule {
  return once(`plural:${tag}`, () => new Intl.PluralRules(tag)).select(n);
}

export function dateFormat(tag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return once(`date:${tag}:${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(tag, options));
}
