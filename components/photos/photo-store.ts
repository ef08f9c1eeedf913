import { useEffect, useState } from "react";
import type { IsoDate } from "../../lib/recheck/dates";
import { changeSignal } from "../common/browser-state/client-value";

/**
 * The person's photos, kept in this browser's IndexedDB and nowhere else: never in a link, a file the site
 * makes, or a request. Unlike the answers (one tab's session), they stay until deleted, so a re-check weeks
 * later can show them.
 */
export type KeptPhoto = { id: string; addedOn: IsoDate; addedAt: number; width: number; height: number; image: Blob };

/** Photos kept before the field was renamed carry the day they were added as `takenOn`. */
type StoredPhoto = KeptPhoto | (Omit<KeptPhoto, "addedOn"> & { takenOn: IsoDate });

export type PhotoStoreProblem = "no-room" | "not-saved";

export class PhotoStoreError extends Error {
  constructor(readonly problem: PhotoStoreProblem) {
    super(problem);
  }
}

const databaseName = "red-pores-check";
const storeName = "photos";

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const opening = indexedDB.open(databaseName, 1);
    opening.onupgradeneeded = () => opening.result.createObjectStore(storeName, { keyPath: "id" });
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error);
  });
}

/** One transaction on the photo store; resolves when it has committed, with what `work` asked for. */
async function inStore<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T> | void) {
  const database = await openDatabase();
  try {
    return await new Promise<T | undefined>((resolve, reject) => {
      const transaction = database.transaction(storeName, mode);
      const request = work(transaction.objectStore(storeName));
      transaction.oncomplete = () => resolve(request?.result);
      transaction.onabort = () => reject(transaction.error);
      transaction.onerror = () => reject(transaction.error);
    });
  } finally {
    database.close();
  }
}

const photosChanged = changeSignal();
const changed = photosChanged.notify;

/** The kept photos, oldest first. None when this browser keeps no database (some private windows). */
export async function listPhotos(): Promise<KeptPhoto[]> {
  try {
    const stored = (await inStore<StoredPhoto[]>("readonly", (store) => store.getAll())) ?? [];
    const photos = stored.map((photo) => ("addedOn" in photo ? photo : { ...photo, addedOn: photo.takenOn }));
    return photos.sort((a, b) => a.addedAt - b.addedAt);
  } catch {
    return [];
  }
}

/** Keeps one photo. A full disk or a refusing browser throws PhotoStoreError and changes nothing. */
export async function keepPhoto(photo: Omit<KeptPhoto, "id">): Promise<void> {
  try {
    await inStore("readwrite", (store) => store.add({ ...photo, id: crypto.randomUUID() }));
  } catch (error) {
    throw new PhotoStoreError(
      error instanceof DOMException && error.name === "QuotaExceededError" ? "no-room" : "not-saved",
    );
  }
  changed();
}

/**
 * Puts photos back from a saved check, each under its own id, so opening the same file twice keeps one copy.
 * All or none: a full disk throws PhotoStoreError and keeps none of them.
 */
export async function restorePhotos(photos: readonly Omit<KeptPhoto, "addedAt">[]): Promise<void> {
  if (photos.length === 0) return;
  try {
    await inStore("readwrite", (store) => {
      // The day each was added orders them; the file's order breaks ties.
      photos.forEach((photo, index) => store.put({ ...photo, addedAt: Date.parse(photo.addedOn) + index }));
    });
  } catch (error) {
    throw new PhotoStoreError(
      error instanceof DOMException && error.name === "QuotaExceededError" ? "no-room" : "not-saved",
    );
  }
  changed();
}

export async function deletePhoto(id: string): Promise<void> {
  await inStore("readwrite", (store) => store.delete(id));
  changed();
}

/** Deletes every photo; resolves once they are gone from this browser. */
export async function deleteAllPhotos(): Promise<void> {
  if ((await listPhotos()).length > 0) await inStore("readwrite", (store) => store.clear());
  changed();
}

/** The kept photos, oldest first, or null until they have been read. Follows every change made on this page. */
export function usePhotos(): KeptPhoto[] | null {
  const [photos, setPhotos] = useState<KeptPhoto[] | null>(null);
  useEffect(() => {
    let current = true;
    const read = () => listPhotos().then((list) => current && setPhotos(list));
    const unsubscribe = photosChanged.subscribe(read);
    read();
    return () => {
      current = false;
      unsubscribe();
    };
  }, []);
  return photos;
}
