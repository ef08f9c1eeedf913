import { useEffect, useRef } from "react";
import { formatIsoDate } from "../../lib/recheck/dates";
import type { KeptPhoto } from "./photo-store";
import { useLocale, useT } from "../common/locale-context";

/** One kept photo with its date (and "Then" or "Now" when compared), read from this browser's storage. */
export function PhotoFigure({ photo, caption }: { photo: KeptPhoto; caption?: string }) {
  const image = useRef<HTMLImageElement>(null);
  const t = useT();
  const locale = useLocale();
  useEffect(() => {
    const url = URL.createObjectURL(photo.image);
    if (image.current) image.current.src = url;
    return () => URL.revokeObjectURL(url);
  }, [photo.image]);
  const date = formatIsoDate(photo.addedOn, locale);
  return (
    <figure className="photo">
      {/* A photo from this device's own storage (a blob: address): nothing for next/image to fetch or resize. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img
        ref={image}
        className="photo__image"
        width={photo.width}
        height={photo.height}
        alt={t("photos.alt", { date })}
      />
      <figcaption className="photo__caption">{caption ? t("photos.caption", { caption, date }) : date}</figcaption>
    </figure>
  );
}
