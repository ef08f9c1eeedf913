import type { Bundle, BundleEntry, Media } from "@medplum/fhirtypes";
import { bundleForRecord, type CheckForRecord, type RecordLanguage } from "../fhir/bundle";
import { languageTag } from "../i18n/locales";
import type { IsoDate } from "../recheck/dates";
import { toBase64 } from "../share/base64url";
import type { Tree } from "../tree/schema";

/** A photo as the saved check carries it: the JPEG the site made (free of Exif), with its day and size. */
export type SavedPhoto = { id: string; addedOn: IsoDate; width: number; height: number; jpeg: Uint8Array<ArrayBuffer> };

/** The saved check's file name, dated with the day of the check so that several sit side by side. */
export const savedCheckFileName = (checkedOn: IsoDate) => `red-pores-check-${checkedOn}.fhir.json`;

/**
 * The check the person keeps on their device: the clinician's Bundle (answers, outcome, the first check after a
 * re-check) with each photo as a Media resource holding its JPEG, so one file is their copy, a record a
 * clinician's system can read, and the way back into this site (readSavedCheck). Nothing in it is encrypted.
 */
export function savedCheckBundle(
  tree: Tree,
  check: CheckForRecord,
  language: RecordLanguage,
  options: { first?: CheckForRecord & { tree?: Tree }; photos: readonly SavedPhoto[]; newId?: () => string },
): Bundle {
  const newId = options.newId ?? (() => crypto.randomUUID());
  const record = bundleForRecord(tree, check, language, { first: options.first, newId });
  const tag = languageTag[language.locale];
  const media = options.photos.map((photo): BundleEntry => ({
    fullUrl: `urn:uuid:${newId()}`,
    resource: mediaOf(photo, tag),
  }));
  return { ...record, entry: [...(record.entry ?? []), ...media] };
}

function mediaOf(photo: SavedPhoto, tag: string): Media {
  return {
    resourceType: "Media",
    id: photo.id,
    language: tag,
    status: "completed",
    type: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/media-type", code: "image" }] },
    createdDateTime: photo.addedOn,
    width: photo.width,
    height: photo.height,
    content: { contentType: "image/jpeg", data: toBase64(photo.jpeg), creation: photo.addedOn },
  };
}
