"use client";

import { SummaryView } from "../../components/documents/summary-view";
import { PhotosForPrint } from "../../components/photos/photos-for-print";

/** The printable summary, with the photos feature's pictures for print. */
export function SummaryPage() {
  return <SummaryView Photos={PhotosForPrint} />;
}
