"use client";

import type { ReactNode } from "react";
import { useSkinTone } from "./skin-tone-store";

/** Colours the drawings inside in the chosen skin tone. Only pages with pictures read the tone. */
export function ToneScope({ children, className = "" }: { children: ReactNode; className?: string }) {
  const tone = useSkinTone();
  return <div className={`${className} tone-${tone}`.trim()}>{children}</div>;
}
