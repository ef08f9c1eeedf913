"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { hasMovedWithinApp } from "./visit-history";

/** A Back link that works like the browser's back button; without in-app history it goes to `fallback`. */
export function BackLink({ fallback }: { fallback: string }) {
  const router = useRouter();
  return (
    <Link
      href={fallback}
      className="back-link"
      onClick={(event) => {
        if (!hasMovedWithinApp()) return;
        event.preventDefault();
        router.back();
      }}
    >
      Back
    </Link>
  );
}
