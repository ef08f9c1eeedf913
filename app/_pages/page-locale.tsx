import type { ReactNode } from "react";
import { LocaleProvider } from "../../components/common/locale-context";
import { catalogPart } from "../../lib/i18n/catalogs";
import type { Locale } from "../../lib/i18n/locales";
import type { Namespace } from "../../lib/i18n/messages";

/**
 * A page's language and the part of its catalog its client components use (`namespaces`): the browser parses
 * every message a page carries before it responds, so each page carries only its own.
 */
export function PageLocale({
  locale,
  namespaces,
  children,
}: {
  locale: Locale;
  namespaces: readonly Namespace[];
  children: ReactNode;
}) {
  return (
    <LocaleProvider locale={locale} messages={catalogPart(locale, namespaces)}>
      {children}
    </LocaleProvider>
  );
}

/** What the questionnaire's pages say: the questions, their errors, the drawings and "check your answers". */
export const questionnaireNamespaces = ["common", "question", "answer", "pictures", "checkAnswers"] as const;

/** What the start page's client parts say: the planned check-back, and opening a saved check. */
export const startNamespaces = ["common", "recheck", "savedCheck"] as const;

/** What the pages with the whole tree say (result, summary, handout, re-check): all but the other pages' words. */
export const fullTreeNamespaces = [
  "common",
  "result",
  "checkBack",
  "recheck",
  "beforeAfter",
  "photos",
  "summary",
  "handout",
  "exports",
  "fhir",
  "note",
  "linkError",
  "criteria",
  "storage",
  "savedCheck",
  "noscript",
  "pictures",
] as const satisfies readonly Namespace[];
