import type { ReactNode } from "react";
import { LocaleProvider } from "../../components/common/locale-context";
import { compiledCatalog } from "../../lib/i18n/catalogs";
import type { Locale } from "../../lib/i18n/locales";

/** A page's language and catalog, for the client components inside it. */
export function PageLocale({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <LocaleProvider locale={locale} messages={compiledCatalog(locale)}>
      {children}
    </LocaleProvider>
  );
}
