/**
 * Reads ICU MessageFormat at build time with FormatJS's parser, into the parts the browser renders
 * (render-message.ts): `{name}`, `{n, plural, one {…} other {…}}` (with `=0`-style exact matches and `#` for
 * the number) and `{x, select, a {…} other {…}}`. The parser never reaches the browser: a full ICU runtime
 * costs about 12 KB of script on every page (docs/decisions/0008-languages.md). Anything else the syntax
 * allows (number and date skeletons, tags, ordinals, offsets) is refused, so the small renderer never meets it.
 */
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import type { CompiledMessage, Part } from "./render-message";

const cache = new Map<string, Part[]>();

export class MessageSyntaxError extends Error {}

function partsOf(elements: MessageFormatElement[], message: string): Part[] {
  const fail = (why: string): never => {
    throw new MessageSyntaxError(`${why} in "${message}"`);
  };
  const out: Part[] = [];
  for (const element of elements) {
    switch (element.type) {
      case TYPE.literal:
        if (typeof out.at(-1) === "string") out[out.length - 1] += element.value;
        else out.push(element.value);
        break;
      case TYPE.argument:
        out.push({ arg: element.value });
        break;
      case TYPE.pound:
        out.push({ arg: "#" });
        break;
      case TYPE.plural:
      case TYPE.select: {
        if (element.type === TYPE.plural && (element.pluralType === "ordinal" || element.offset !== 0)) {
          fail(`"${element.value}" is an ordinal or offset plural, which the site does not render`);
        }
        const cases = Object.fromEntries(
          Object.entries(element.options).map(([key, option]) => [key, partsOf(option.value, message)]),
        );
        out.push({ arg: element.value, kind: element.type === TYPE.plural ? "plural" : "select", cases });
        break;
      }
      default:
        fail(`a number, date, time or tag argument, which the site does not render`);
    }
  }
  return out;
}

function parsed(message: string): Part[] {
  let result = cache.get(message);
  if (!result) {
    let elements: MessageFormatElement[];
    try {
      elements = parse(message, { requiresOtherClause: true, ignoreTag: true });
    } catch (error) {
      const { message: why, location } = error as Error & { location?: { start: { offset: number } } };
      const where = location ? ` at character ${location.start.offset}` : "";
      // FormatJS names each problem in capitals ("MISSING_OTHER_CLAUSE"): said here in words.
      throw new MessageSyntaxError(`${why.toLowerCase().replace(/_/g, " ")}${where} of "${message}"`);
    }
    result = partsOf(elements, message);
    cache.set(message, result);
  }
  return result;
}

/** The names a message takes, such as ["count", "date"]: the catalog check compares them across languages. */
export function placeholdersOf(message: string): string[] {
  const names = new Set<string>();
  const visit = (parts: Part[]) => {
    for (const part of parts) {
      if (typeof part === "string" || part.arg === "#") continue;
      names.add(part.arg);
      if ("cases" in part) Object.values(part.cases).forEach(visit);
    }
  };
  visit(parsed(message));
  return [...names].sort();
}

/** A message read into parts, for the browser to render; a message with no placeholders stays text. */
export function compileMessage(message: string): CompiledMessage {
  const parts = parsed(message);
  return parts.every((part) => typeof part === "string") ? parts.join("") : parts;
}
