/**
 * A message of the catalogs, read once at build time (format-message.ts): text, or text and the values to
 * put in it. The browser only renders these parts, so no message parser is ever sent to it.
 */
export type Part = string | { arg: string } | { arg: string; kind: "plural" | "select"; cases: Record<string, Part[]> };
export type CompiledMessage = string | Part[];
export type MessageValues = Record<string, string | number>;

// Formatters made once per language: the first Intl constructor a page calls starts ICU, 75 to 90 ms of a slow
// phone's main thread (docs/decisions/0009), and a new one per message would cost again.
const numberFormats: Record<string, Intl.NumberFormat> = {};
const pluralRules: Record<string, Intl.PluralRules> = {};

/**
 * A number as a person reads it in a language. Whole numbers from 0 to 999 are plain digits without grouping in
 * every language the site speaks (a test compares them with ICU in each), so "Question 1" needs no ICU at all.
 */
export function formatNumber(n: number, tag: string): string {
  return n >= 0 && n < 1000 && n % 1 === 0 ? String(n) : (numberFormats[tag] ??= new Intl.NumberFormat(tag)).format(n);
}

/**
 * The languages whose plural forms for whole numbers from 0 to 999 are "one" for 1 and "other" for the rest
 * (a test compares them with ICU), so "Show all 9 care steps" needs no ICU either. Any other language asks ICU.
 */
export const oneForOnlyOne: ReadonlySet<string> = new Set(["en-GB", "es", "en"]);

export function pluralCategory(n: number, tag: string): string {
  if (oneForOnlyOne.has(tag) && n >= 0 && n < 1000 && n % 1 === 0) return n === 1 ? "one" : "other";
  return (pluralRules[tag] ??= new Intl.PluralRules(tag)).select(n);
}

/** Renders a message in a language (a tag such as "es"); a missing value is an error, never a blank. */
export function renderMessage(message: CompiledMessage, values: MessageValues = {}, tag = "en"): string {
  if (typeof message === "string") return message;
  const number = (n: number) => formatNumber(n, tag);
  const plural = (n: number) => pluralCategory(n, tag);
  const render = (parts: Part[], count?: number): string =>
    parts
      .map((part) => {
        if (typeof part === "string") return part;
        if (part.arg === "#") return count === undefined ? "#" : number(count);
        const value = values[part.arg];
        if (value === undefined) throw new Error(`a message needs a value for {${part.arg}}`);
        if (!("cases" in part)) return typeof value === "number" ? number(value) : value;
        if (part.kind === "select") return render(part.cases[String(value)] ?? part.cases.other ?? []);
        const n = Number(value);
        return render(part.cases[`=${n}`] ?? part.cases[plural(n)] ?? part.cases.other ?? [], n);
      })
      .join("");
  return render(message);
}
