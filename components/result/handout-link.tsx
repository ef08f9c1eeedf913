"use client";

import { useState } from "react";
import { noSubscription, useClientValue } from "../common/browser-state/client-value";
import { ActionsWithStatus } from "../common/actions-with-status";
import { useT } from "../common/locale-context";

const browserCanShare = () => typeof navigator.share === "function";

/**
 * The clinician handout link with a Copy button and, where the browser has one, the system share sheet.
 * The answers live after "#", which browsers never send to a server.
 */
export function HandoutLink({ url }: { url: string }) {
  const t = useT();
  const [status, setStatus] = useState("");
  // Only the browser knows whether it has a share sheet; the static page renders without the button.
  const canShare = useClientValue(noSubscription, browserCanShare);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setStatus(t("result.linkCopied"));
    } catch {
      setStatus(t("result.copyFailed"));
    }
  };

  return (
    <div className="handout-link">
      <p>
        <a href={url} className="handout-link__url">
          {url}
        </a>
      </p>
      <ActionsWithStatus status={status}>
        <button type="button" className="button button--secondary" onClick={copy}>
          {t("result.copyLink")}
        </button>
        {canShare && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => navigator.share({ title: t("result.shareTitle"), url }).catch(() => {})}
          >
            {t("result.shareLink")}
          </button>
        )}
      </ActionsWithStatus>
    </div>
  );
}
