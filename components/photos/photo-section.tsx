"use client";

import { useId, useState, type ChangeEvent } from "react";
import type { PhotoProblem } from "../../lib/photos/photo-file";
import { thenAndNow } from "../../lib/photos/then-and-now";
import { formatIsoDate, localIsoDate } from "../../lib/recheck/dates";
import { deletePhoto, keepPhoto, PhotoStoreError, usePhotos, type KeptPhoto } from "./photo-store";
import { useLocale, useT } from "../common/locale-context";
import { PhotoFigure } from "./photo-figure";
import { shrinkPhoto } from "./shrink-photo";
import { askToKeep, deletesAfterSevenDays } from "../common/browser-state/keep-storage";
import { noSubscription, useClientValue } from "../common/browser-state/client-value";

/**
 * Photos of the skin, to compare at the check-back: add one (taken now or chosen), see them with their dates
 * (at a re-check, "Then" and "Now" side by side) and delete any. They stay in this browser only.
 */
export function PhotoSection({ comparing }: { comparing: boolean }) {
  const photos = usePhotos();
  const t = useT();
  const locale = useLocale();
  const say = (problem: PhotoProblem) => t(`photos.problem.${problem}`);
  const [status, setStatus] = useState("");
  const [problem, setProblem] = useState("");
  const [busy, setBusy] = useState(false);
  const errorId = useId();
  const sevenDays = useClientValue(noSubscription, deletesAfterSevenDays);

  const add = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setStatus("");
    setProblem("");
    const shrunk = await shrinkPhoto(file);
    input.value = "";
    if ("problem" in shrunk) {
      setProblem(say(shrunk.problem));
    } else {
      const addedOn = localIsoDate(new Date());
      try {
        await keepPhoto({ ...shrunk, addedOn, addedAt: Date.now() });
        const kept = await askToKeep();
        setStatus(`${t("photos.kept", { date: formatIsoDate(addedOn, locale) })} ${t(`storage.${kept}`)}`);
      } catch (error) {
        setProblem(say(error instanceof PhotoStoreError ? error.problem : "not-saved"));
      }
    }
    setBusy(false);
  };

  const remove = async (photo: KeptPhoto) => {
    await deletePhoto(photo.id);
    setProblem("");
    setStatus(t("photos.deleted", { date: formatIsoDate(photo.addedOn, locale) }));
  };

  const pair = comparing && photos ? thenAndNow(photos) : undefined;
  const describedBy = problem ? errorId : undefined;
  return (
    <section className="photos" aria-labelledby="photos-heading">
      <h2 className="heading-m" id="photos-heading">
        {t(comparing ? "photos.headingCompare" : "photos.heading")}
      </h2>
      <p>{t(comparing ? "photos.introCompare" : "photos.intro")}</p>
      <p>{t("photos.privacy")}</p>
      {sevenDays && (
        <div className="inset-text" data-seven-days>
          <p>{t("photos.sevenDays")}</p>
        </div>
      )}
      <div className={`form-group${problem ? " form-group--error" : ""}`}>
        {problem && (
          <p className="error-message" id={errorId} role="alert">
            <span className="visually-hidden">{t("common.error")} </span>
            {problem}
          </p>
        )}
        <div className="photo-inputs">
          <label className="photo-input photo-input--camera">
            <span className="label">{t("photos.takeNow")}</span>
            <input
              type="file"
              accept="image/*"
              capture="environment"
              onChange={add}
              disabled={busy}
              aria-describedby={describedBy}
            />
          </label>
          <label className="photo-input">
            <span className="label">{t("photos.addLater")}</span>
            <input type="file" accept="image/*" onChange={add} disabled={busy} aria-describedby={describedBy} />
          </label>
        </div>
      </div>
      <p className="status" role="status">
        {busy ? t("photos.keeping") : status}
      </p>

      {pair && (
        <div className="photo-pair">
          <PhotoFigure photo={pair[0]} caption={t("photos.then")} />
          <PhotoFigure photo={pair[1]} caption={t("photos.now")} />
        </div>
      )}
      {photos && photos.length > 0 && (
        <>
          <h3 className="heading-s">{t("photos.onDevice", { count: photos.length })}</h3>
          <ul className="photo-list">
            {photos.map((photo) => (
              <li key={photo.id} className="photo-list__item">
                <PhotoFigure photo={photo} />
                <button
                  type="button"
                  className="button button--secondary"
                  aria-label={t("photos.deleteLabel", { date: formatIsoDate(photo.addedOn, locale) })}
                  onClick={() => remove(photo)}
                >
                  {t("photos.delete")}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
