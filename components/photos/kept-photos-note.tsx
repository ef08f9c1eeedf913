"use client";

import { useT } from "../common/locale-context";
import { usePhotos } from "./photo-store";

/** On the re-check's first page: how many photos this browser keeps to compare with, when it keeps any. */
export function KeptPhotosNote() {
  const photos = usePhotos();
  const t = useT();
  return photos && photos.length > 0 ? <p>{t("recheck.photosKept", { count: photos.length })}</p> : null;
}
