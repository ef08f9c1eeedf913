"use client";

import { useId, useState } from "react";
import { usePhotos } from "./photo-store";
import { useT } from "../common/locale-context";
import { PhotoFigure } from "./photo-figure";
import { thenAndNow } from "../../lib/photos/then-and-now";

/**
 * On the summary: the person's choice to print their photos with it, off until they tick it. The first and
 * the latest photo are printed ("Then" and "Now" at a re-check), so the summary stays short.
 */
export function PhotosForPrint({ comparing }: { comparing: boolean }) {
  const photos = usePhotos();
  const t = useT();
  const [printing, setPrinting] = useState(false);
  const id = useId();
  if (!photos || photos.length === 0) return null;
  const pair = thenAndNow(photos);
  const captions = comparing ? [t("photos.then"), t("photos.now")] : [t("photos.firstPhoto"), t("photos.latestPhoto")];
  return (
    <section className={`document__section${printing ? "" : " no-print"}`} aria-labelledby={`${id}-heading`}>
      <h2 className="document__heading" id={`${id}-heading`}>
        {t(comparing ? "photos.printHeadingCompare" : "photos.printHeading")}
      </h2>
      <div className="choice no-print">
        <input
          className="choice__input"
          type="checkbox"
          id={id}
          checked={printing}
          onChange={(event) => setPrinting(event.currentTarget.checked)}
        />
        <label className="choice__label" htmlFor={id}>
          {t("photos.printChoice")}
        </label>
      </div>
      {printing && (
        <div className="photo-pair">
          {pair ? (
            pair.map((photo, i) => <PhotoFigure key={photo.id} photo={photo} caption={captions[i]} />)
          ) : (
            <PhotoFigure photo={photos[0]!} />
          )}
        </div>
      )}
    </section>
  );
}
