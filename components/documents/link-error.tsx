import Link from "next/link";
import type { RefObject } from "react";
import { routes } from "../../lib/routes";
import type { TokenError } from "../../lib/share/token";

const errorText: Record<TokenError, string> = {
  empty: "The link has no answers in it. It may have been cut off when it was copied.",
  "too-long": "The link is longer than any link this site makes, so it may have been changed.",
  malformed: "The link is damaged or incomplete. It may have been cut off or changed when it was copied.",
  version: "The link was made with a different version of the questions, so it cannot be read safely.",
  "invalid-answers": "The answers in the link do not fit the questions, so no result can be shown.",
};

/** The plain page for a link that cannot be read: never a crash, never a partial or wrong result. */
export function LinkError({ error, heading }: { error: TokenError; heading: RefObject<HTMLHeadingElement | null> }) {
  return (
    <main id="main-content" className="main" data-error={error}>
      <h1 className="heading-l" ref={heading} tabIndex={-1}>
        This link cannot be read
      </h1>
      <p>{errorText[error]}</p>
      <p>Ask the person to share it again. They can make a new link by running Red Pores Check again.</p>
      <p>
        <Link href={routes.start}>Go to the start page</Link>
      </p>
    </main>
  );
}
