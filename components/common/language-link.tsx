"use client";

import { usePathname } from "next/navigation";
import type { MouseEvent } from "react";
import { swapLocalePrefix } from "../../lib/i18n/locale-path";

/** A language to switch to: its code, its own name ("Español") and the prefix of its pages ("/es", or ""). */
export type LanguageChoice = { locale: string; name: string; prefix: string };

/**
 * The same page in each other language, named in that language. The answers stay in this tab's storage, so
 * the person keeps them; the step they are on and anything after "#" (a handout or re-check link) go with
 * them too, read at the moment of the click because the questionnaire moves between its pages without
 * loading a new one. Everything comes in as props: this is on every page, in the layout, and the layout's
 * code is sent apart from the page's.
 */
export function LanguageLinks({ label, prefix, others }: { label: string; prefix: string; others: LanguageChoice[] }) {
  const pathname = usePathname() ?? "/";
  const target = (path: string, to: LanguageChoice) => swapLocalePrefix(path, prefix, to.prefix);
  const onClick = (event: MouseEvent<HTMLAnchorElement>, to: LanguageChoice) => {
    const { pathname: now, search, hash } = window.location;
    event.currentTarget.href = `${target(now, to)}${search}${hash}`;
  };
  return (
    <nav className="language-links" aria-label={label}>
      {others.map((other) => (
        <a
          key={other.locale}
          href={target(pathname, other)}
          hrefLang={other.locale}
          lang={other.locale}
          onClick={(event) => onClick(event, other)}
        >
          {other.name}
        </a>
      ))}
    </nav>
  );
}
