"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { Locale } from "../../lib/i18n/locales";
import { translatorFor, type CompiledMessages, type Translate } from "../../lib/i18n/messages";
import { routesFor, type Routes } from "../../lib/routes";

type LocaleValue = { locale: Locale; t: Translate; routes: Routes };

const LocaleContext = createContext<LocaleValue | null>(null);

/**
 * The page's language and its catalog, which reach the browser as data in the page (one language only,
 * read into parts at build time). Each page puts it around its own content rather than the layout around
 * every page: code shared by a layout and a page is sent twice.
 */
export function LocaleProvider({
  locale,
  messages,
  children,
}: {
  locale: Locale;
  messages: CompiledMessages;
  children: ReactNode;
}) {
  const value = useMemo(
    () => ({ locale, t: translatorFor(messages, locale), routes: routesFor(locale) }),
    [locale, messages],
  );
  return <LocaleContext value={value}>{children}</LocaleContext>;
}

function useLocaleValue(): LocaleValue {
  const value = useContext(LocaleContext);
  if (!value) throw new Error("useLocale: every page must put a LocaleProvider around its content (PageLocale)");
  return value;
}

export const useLocale = (): Locale => useLocaleValue().locale;
export const useT = (): Translate => useLocaleValue().t;
/** The addresses of the site in the page's language. */
export const useRoutes = (): Routes => useLocaleValue().routes;
