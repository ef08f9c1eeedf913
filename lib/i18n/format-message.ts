/**
 * A small reader of ICU MessageFormat, the subset our catalogs use: `{name}`, `{n, plural, one {…} other {…}}`
 * (with `=0`-style exact matches and `#` for the number) and `{x, select, a {…} other {…}}`. Plural categories
 * come from Intl.PluralRules. We write our own rather than ship a full ICU runtime because the full one costs
 * about 12 KB of script on every page (docs/decisions/0008-languages.md).
 */
import type { CompiledMessage, Part } from "./render-message";

const cache = new Map<string, Part[]>();

export class MessageSyntaxError extends Error {}

function parse(message: string): Part[] {
  let at = 0;
  const fail = (why: string): never => {
    throw new MessageSyntaxError(`${why} at character ${at} of "${message}"`);
  };

  function parts(inCase: boolean): Part[] {
    const out: Part[] = [];
    let text = "";
    while (at < message.length) {
      const char = message[at];
      if (char === "}") {
        if (!inCase) fail("unexpected }");
        break;
      }
      if (char === "{") {
        if (text) out.push(text);
        text = "";
        at++;
        out.push(argument());
        continue;
      }
      if (char === "#" && inCase) {
        if (text) out.push(text);
        text = "";
        out.push({ arg: "#" });
        at++;
        continue;
      }
      text += char;
      at++;
    }
    if (text) out.push(text);
    return out;
  }

  function word(): string {
    const match = /^\s*([^\s,{}]+)\s*/.exec(message.slice(at));
    if (!match?.[1]) return fail("expected a name");
    at += match[0].length;
    return match[1];
  }

  function argument(): Part {
    const arg = word();
    if (message[at] === "}") {
      at++;
      return { arg };
    }
    if (message[at] !== ",") fail("expected , or }");
    at++;
    const kind = word();
    if (kind !== "plural" && kind !== "select") return fail(`unknown argument type "${kind}"`);
    if (message[at] !== ",") fail("expected ,");
    at++;
    const cases: Record<string, Part[]> = {};
    while (message[at] !== "}") {
      const key = word();
      if (message[at] !== "{") fail(`expected { after "${key}"`);
      at++;
      cases[key] = parts(true);
      if (message[at] !== "}") fail("unclosed case");
      at++;
      while (/\s/.test(message[at] ?? "")) at++;
      if (at >= message.length) fail("unclosed argument");
    }
    at++;
    if (!("other" in cases)) fail(`"${arg}" needs an "other" case`);
    return { arg, kind, cases };
  }

  return parts(false);
}

function parsed(message: string): Part[] {
  let result = cache.get(message);
  if (!result) {
    result = parse(message);
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
