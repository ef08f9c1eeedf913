"use client";

import { useState } from "react";
import { noSubscription, useClientValue } from "../browser-state/client-value";
import { ActionsWithStatus } from "../common/actions-with-status";

const browserCanShare = () => typeof navigator.share === "function";

/**
 * The clinician handout link with a Copy button and, where the browser has one, the system share sheet.
 * The answers live after "#", which browsers never send to a server.
 */
export function HandoutLink({ url }: { url: string }) {
  const [status, setStatus] = useState("");
  // Only the browser knows whether it has a share sheet; the static page renders without the button.
  const canShare = useClientValue(noSubscription, browserCanShare);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setStatus("Link copied. You can paste it into a message to your doctor.");
    } catch {
      setStatus("Copying did not work here. Press and hold the link to copy it instead.");
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
          Copy link for your doctor
        </button>
        {canShare && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => navigator.share({ title: "Red Pores Check: clinician handout", url }).catch(() => {})}
          >
            Share link
          </button>
        )}
      </ActionsWithStatus>
    </div>
  );
}
