"use client";

import { useEffect, useRef } from "react";
import { useT } from "../common/locale-context";

export type FieldError = { href: string; message: string };

/**
 * GOV.UK error summary: shown at the top after a failed Continue, takes focus so screen readers announce it,
 * and each link moves focus to the field that needs fixing.
 */
export function ErrorSummary({ errors, attempt }: { errors: FieldError[]; attempt: number }) {
  const t = useT();
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) summary.current?.focus();
  }, [errors.length, attempt]);

  if (errors.length === 0) return null;
  return (
    <div className="error-summary" ref={summary} tabIndex={-1} aria-labelledby="error-summary-title">
      <div role="alert">
        <h2 className="error-summary__title" id="error-summary-title">
          {t("question.errorSummaryTitle")}
        </h2>
        <ul className="error-summary__list">
          {errors.map((error) => (
            <li key={error.href}>
              <a href={error.href} onClick={(event) => focusField(event, error.href)}>
                {error.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

function focusField(event: React.MouseEvent<HTMLAnchorElement>, href: string) {
  const field = document.getElementById(href.slice(1));
  if (!field) return;
  event.preventDefault();
  field.focus();
  (field.closest("fieldset")?.querySelector("legend") ?? field).scrollIntoView({ block: "start" });
}
