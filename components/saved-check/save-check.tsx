"use client";

import { useState } from "react";
import { walk, type FinishedWalk } from "../../lib/journey/walk";
import { localIsoDate, type IsoDate } from "../../lib/recheck/dates";
import { FIRST_VERSION } from "../../lib/tree/versions";
import { useCheckedOn, useFirstCheck } from "../common/browser-state/answers-store";
import { ActionsWithStatus } from "../common/actions-with-status";
import { downloadFile } from "../common/download-file";
import { useLocale, useT } from "../common/locale-context";
import { useTree, useTreeVersions } from "../common/tree-context";

/** A photo as this feature needs it; the photos feature keeps them (app/_pages/result-page.tsx hands them in). */
export type PhotoToSave = { id: string; addedOn: IsoDate; width: number; height: number; image: Blob };

/**
 * "Save this check to your device", on the result and the re-check's result: one file with the answers, the
 * outcome, the date, the first check after a re-check and, if the person wants, the photos. It says first that
 * the file is not encrypted. Made in the browser; nothing is sent.
 */
export function SaveCheck({ journey, photos }: { journey: FinishedWalk; photos: readonly PhotoToSave[] }) {
  const t = useT();
  const locale = useLocale();
  const tree = useTree();
  const versions = useTreeVersions();
  const first = useFirstCheck();
  const checkedOn = useCheckedOn();
  const [withPhotos, setWithPhotos] = useState(true);
  const [status, setStatus] = useState("");

  const save = async () => {
    // Loaded on the first click, so the result page itself carries none of the FHIR code.
    const { savedCheckBundle, savedCheckFileName } = await import("../../lib/saved-check/write");
    const date = checkedOn ?? localIsoDate(new Date());
    const chosen = withPhotos ? photos : [];
    const saved = await Promise.all(
      chosen.map(async ({ image, ...photo }) => ({ ...photo, jpeg: new Uint8Array(await image.arrayBuffer()) })),
    );
    const firstTree = first ? versions.byVersion[first.version ?? FIRST_VERSION] : undefined;
    const firstWalk = first && firstTree ? walk(firstTree, first.answers) : undefined;
    const bundle = savedCheckBundle(
      tree,
      { journey, authored: date },
      { t, locale },
      {
        photos: saved,
        ...(first && firstTree && firstWalk?.status === "done"
          ? { first: { journey: firstWalk, authored: first.startDate, tree: firstTree } }
          : {}),
      },
    );
    const file = savedCheckFileName(date);
    downloadFile(file, "application/fhir+json", JSON.stringify(bundle));
    setStatus(t("savedCheck.saved", { file }));
  };

  return (
    <section aria-labelledby="save-check-heading" className="no-print">
      <h2 className="heading-m" id="save-check-heading">
        {t("savedCheck.heading")}
      </h2>
      <p>{t("savedCheck.intro")}</p>
      <p>{t("savedCheck.plainText")}</p>
      {photos.length > 0 && (
        <div className="choice">
          <input
            className="choice__input"
            id="save-with-photos"
            type="checkbox"
            checked={withPhotos}
            onChange={(event) => setWithPhotos(event.target.checked)}
          />
          <label className="choice__label" htmlFor="save-with-photos">
            {t("savedCheck.includePhotos", { count: photos.length })}
          </label>
        </div>
      )}
      <ActionsWithStatus status={status}>
        <button type="button" className="button button--secondary" onClick={save}>
          {t("savedCheck.save")}
        </button>
      </ActionsWithStatus>
    </section>
  );
}
