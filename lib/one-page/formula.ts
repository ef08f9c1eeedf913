/**
 * A condition on the one-page form, as the CSS can test it: boolean logic over which boxes are ticked. An atom
 * is one input ticked (by its id), or a question with any box ticked (with `except`, any box but that one).
 * The constructors simplify as they build (constants, nesting, repeats), which keeps the compiled CSS small.
 */
export type Atom = { checked: string } | { answered: string; except?: string };
export type Formula = boolean | { atom: Atom } | { and: Formula[] } | { or: Formula[] } | { not: Formula };

export const checked = (inputId: string): Formula => ({ atom: { checked: inputId } });
export const answered = (question: string, except?: string): Formula => ({
  atom: except ? { answered: question, except } : { answered: question },
});

const keys = new WeakMap<object, string>();
function key(formula: Formula): string {
  if (typeof formula === "boolean") return String(formula);
  let known = keys.get(formula);
  if (known === undefined) {
    known =
      "atom" in formula
        ? JSON.stringify(formula.atom)
        : "not" in formula
          ? `!${key(formula.not)}`
          : `${"and" in formula ? "&" : "|"}(${("and" in formula ? formula.and : formula.or).map(key).join(",")})`;
    keys.set(formula, known);
  }
  return known;
}
const negatedKey = (formula: Formula) =>
  typeof formula === "object" && "not" in formula ? key(formula.not) : `!${key(formula)}`;

function unique(parts: Formula[]): Formula[] {
  const seen = new Map<string, Formula>();
  for (const part of parts) seen.set(key(part), part);
  return [...seen.values()];
}

export function and(...parts: Formula[]): Formula {
  const flat = parts.flatMap((part) => (typeof part === "object" && "and" in part ? part.and : [part]));
  if (flat.includes(false)) return false;
  const kept = unique(flat.filter((part) => part !== true));
  const present = new Set(kept.map(key));
  if (kept.some((part) => present.has(negatedKey(part)))) return false;
  return kept.length === 0 ? true : kept.length === 1 ? kept[0]! : { and: kept };
}

export function or(...parts: Formula[]): Formula {
  const flat = parts.flatMap((part) => (typeof part === "object" && "or" in part ? part.or : [part]));
  if (flat.includes(true)) return true;
  const kept = unique(flat.filter((part) => part !== false));
  return kept.length === 0 ? false : kept.length === 1 ? kept[0]! : { or: kept };
}

export function not(part: Formula): Formula {
  if (typeof part === "boolean") return !part;
  return "not" in part ? part.not : { not: part };
}

/** Ids and names are the tree's ids (letters, digits, "_" and "-"), so they need no escaping in a selector. */
function plain(name: string): string {
  if (!/^[A-Za-z][\w-]*$/.test(name)) throw new Error(`one-page: '${name}' cannot be used in a selector as it is`);
  return name;
}

function atomSelector(atom: Atom): string {
  if ("checked" in atom) return `#${plain(atom.checked)}:checked`;
  const except = atom.except ? `:not(#${plain(atom.except)})` : "";
  // The form's "Clear this answer" radios (class op-clear) share a question's name but are no answer.
  return `[name=${plain(atom.answered)}]:not(.op-clear)${except}:checked`;
}

/**
 * The formula as a compound selector that holds of the form itself ("" for always, null for never): an atom is
 * `:has(…)`, "and" puts selectors side by side, "or" is `:is(…)` and "not" is `:not(…)`. `:has()` is never
 * nested inside another, which CSS forbids.
 */
export function toSelector(formula: Formula): string | null {
  if (formula === true) return "";
  if (formula === false) return null;
  if ("atom" in formula) return `:has(${atomSelector(formula.atom)})`;
  if ("not" in formula) return `:not(${toSelector(formula.not) || "*"})`;
  if ("or" in formula) return `:is(${formula.or.map((part) => toSelector(part) || "*").join(", ")})`;
  return formula.and.map((part) => toSelector(part)).join("");
}
