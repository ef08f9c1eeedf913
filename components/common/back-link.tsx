"use client";

import { useRouter } from "next/navigation";
import type { MouseEvent } from "react";
import { hasMovedWithinApp, isPlainClick } from "./browser-state/visit-history";
import { useT } from "./locale-context";

/**
 * A Back link that works like the browser's back button; without in-app history it goes to `fallback`.
 * A plain link driven by the router rather than next/link, which would add 3 KB to every question page.
 */
export function BackLink({ fallback }: { fallback: string }) {
  const router = useRouter();
  const t = useT();
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    if (hasMovedWithinApp()) router.back();
    else router.push(fallback);
  };
  return (
    <a href={fallback} className="back-link" onClick={onClick}>
      {t("common.back")}
    </a>
  );
}
