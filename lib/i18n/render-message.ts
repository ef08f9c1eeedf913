import { formatNumber, pluralCategory } from "./intl-once";

/**
 * A message of the catalogs, read once at build time (format-message.ts): text, or text and the values to
 * put in it. The browser only renders these parts, so no message parser is ever sent to it.
 */
export type Part = string | { arg: string } | { arg: string; kind: "plural" | "select"; cases: Record<string, Part[]> };
export type CompiledMessage = string | Part[];
export type MessageValues = Record<string, string | number>;

/** Renders a message in a language (a tag such as "es"); a missing value is an error, never a blank. */
export function renderMessage(message: CompiledMessage, values: MessageValues = {}, tag = "en"): string {
  if (typeof message === "string") return message;
  const number = (n: number) => formatNumber(n, tag);
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
        return render(part.cases[`=${n}`] ?? part.cases[pluralCategory(n, tag)] ?? part.cases.other ?? [], n);
      })
      .join("");
  return render(message);
}
