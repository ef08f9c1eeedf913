"use client";

import { useId, useState, type ChangeEvent } from "react";
import { photoProblemMessages } from "../../lib/photos/photo-file";
import { thenAndNow } from "../../lib/photos/then-and-now";
import { formatIsoDate, localIsoDate } from "../../lib/recheck/dates";
import { deletePhoto, keepPhoto, PhotoStoreError, usePhotos, type KeptPhoto } from "../browser-state/photo-store";
import { PhotoFigure } from "./photo-figure";
import { shrinkPhoto } from "./shrink-photo";

/**
 * Photos of the skin, to compare at the check-back: add one (taken now or chosen), see them with their dates
 * (at a re-check, "Then" and "Now" side by side) and delete any. They stay in this browser only.
 */
export function PhotoSection({ comparing }: { comparing: boolean }) {
  const photos = usePhotos();
  const [status, setStatus] = useState("");
  const [problem, setProblem] = useState("");
  const [busy, setBusy] = useState(false);
  const errorId = useId();

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
      setProblem(photoProblemMessages[shrunk.problem]);
    } else {
      const takenOn = localIsoDate(new Date());
      try {
        await keepPhoto({ ...shrunk, takenOn, addedAt: Date.now() });
        setStatus(`Photo kept on this device, dated ${formatIsoDate(takenOn)}.`);
      } catch (error) {
        setProblem(photoProblemMessages[error instanceof PhotoStoreError ? error.problem : "not-saved"]);
      }
    }
    setBusy(false);
  };

  const remove = async (photo: KeptPhoto) => {
    await deletePhoto(photo.id);
    setProblem("");
    setStatus(`The photo of ${formatIsoDate(photo.takenOn)} is deleted.`);
  };

  const pair = comparing && photos ? thenAndNow(photos) : undefined;
  const describedBy = problem ? errorId : undefined;
  return (
    <section className="photos" aria-labelledby="photos-heading">
      <h2 className="heading-m" id="photos-heading">
        {comparing ? "Then and now: photos of your skin" : "A photo to compare later"}
      </h2>
      <p>
        {comparing
          ? "Add a photo today to see it beside your first one. It is easier to tell whether your skin is better when you can see both."
          : "At your check-back it is hard to remember how your skin looked. A photo today lets you see the difference."}
      </p>
      <p>
        Photos are kept only in this browser, on this device. They are never sent anywhere, and never go into a link, a
        reminder or an export. We remove the time, place and camera details from them.
      </p>
      <div className={`form-group${problem ? " form-group--error" : ""}`}>
        {problem && (
          <p className="error-message" id={errorId} role="alert">
            <span className="visually-hidden">Error: </span>
            {problem}
          </p>
        )}
        <div className="photo-inputs">
          <label className="photo-input photo-input--camera">
            <span className="label">Take a photo now</span>
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
            <span className="label">Add a photo to compare later</span>
            <input type="file" accept="image/*" onChange={add} disabled={busy} aria-describedby={describedBy} />
          </label>
        </div>
      </div>
      <p className="status" role="status">
        {busy ? "Keeping your photo…" : status}
      </p>

      {pair && (
        <div className="photo-pair">
          <PhotoFigure photo={pair[0]} caption="Then" />
          <PhotoFigure photo={pair[1]} caption="Now" />
        </div>
      )}
      {photos && photos.length > 0 && (
        <>
          <h3 className="heading-s">Photos on this device ({photos.length})</h3>
          <ul className="photo-list">
            {photos.map((photo) => (
              <li key={photo.id} className="photo-list__item">
                <PhotoFigure photo={photo} />
                <button
                  type="button"
                  className="button button--secondary"
                  aria-label={`Delete photo of ${formatIsoDate(photo.takenOn)}`}
                  onClick={() => remove(photo)}
                >
                  Delete photo
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
