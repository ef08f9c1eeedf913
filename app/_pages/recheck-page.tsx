"use client";

import { KeptPhotosNote } from "../../components/photos/kept-photos-note";
import { RecheckStart } from "../../components/recheck/recheck-start";

/** The re-check's first page, saying how many photos this browser keeps to compare with. */
export function RecheckPage() {
  return <RecheckStart KeptPhotos={KeptPhotosNote} />;
}
