import type { Notation } from "../tree/predicates";
import type { Translate } from "./messages";

/** The words of the criteria notation ("and", "or", "has"…) in the page's language. */
export function notationIn(t: Translate): Notation {
  return {
    and: t("criteria.notation.and"),
    or: t("criteria.notation.or"),
    not: t("criteria.notation.not"),
    has: t("criteria.notation.has"),
    looksLike: t("criteria.notation.looksLike"),
    rule: t("criteria.notation.rule"),
  };
}
