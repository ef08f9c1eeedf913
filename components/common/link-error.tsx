import Link from "next/link";
import type { RefObject } from "react";
import type { TokenError } from "../../lib/share/token";
import { useRoutes, useT } from "./locale-context";

/** The plain page for a link that cannot be read: never a crash, never a partial or wrong result. */
export function LinkError({ error, heading }: { error: TokenError; heading: RefObject<HTMLHeadingElement | null> }) {
  const t = useT();
  const routes = useRoutes();
  return (
    <main id="main-content" className="main" data-error={error}>
      <h1 className="heading-l" ref={heading} tabIndex={-1}>
        {t("linkError.heading")}
      </h1>
      <p>{t(`linkError.${error}`)}</p>
      <p>{t("linkError.askAgain")}</p>
      <p>
        <Link href={routes.start}>{t("common.goToStart")}</Link>
      </p>
    </main>
  );
}
