import { journeyFromResponse, type ResponseProblem } from "../fhir/response";
import { QUESTIONNAIRE_URL } from "../fhir/canonical";
import { languageTag, locales, type Locale } from "../i18n/locales";
import { isRecord } from "../is-record";
import type { Answers } from "../journey/answers";
import type { FinishedWalk } from "../journey/walk";
import { hasExif, jpegSegments } from "../photos/jpeg-segments";
import { parseIsoDate, type IsoDate } from "../recheck/dates";
import { fromBase64 } from "../share/base64url";
import type { Tree } from "../tree/schema";
import { versionBytesOf, type TreeVersions } from "../tree/versions";
import type { SavedPhoto } from "./write";

/** A saved check is never this large (a few photos of a few hundred KB): a larger file is refused unread. */
export const MAX_SAVED_CHECK_BYTES = 20 * 1024 * 1024;

/** One check read back from a file: recomputed by the engine with the version it was made with. */
export type ReadCheck = { answers: Answers; result: FinishedWalk; version: string; checkedOn: IsoDate };

export type OpenedCheck = ReadCheck & {
  /** The language the person answered in, when the file names one of the site's. */
  answeredIn?: Locale;
  /** The first check, when the file was saved at a re-check. */
  first?: ReadCheck;
  photos: SavedPhoto[];
};

/** What is wrong with a file, for a message in the person's language: the file, its answers, or a photo. */
export type SavedCheckProblem =
  | { kind: "too-large" | "not-json" | "not-a-bundle" | "other-tool" | "no-date" }
  | { kind: "newer-version" | "unknown-version"; version: string }
  | ResponseProblem
  | { kind: "photo-not-jpeg" | "photo-link" | "photo-exif"; photo: number };

export type SavedCheckRead = { ok: true; check: OpenedCheck } | { ok: false; problem: SavedCheckProblem };

/**
 * Reads a saved check (savedCheckBundle's file) back: every answer through the answer rule and the engine with
 * the version of the questions it names, so a tampered answer or path is refused, never shown; every photo must
 * hold a JPEG without Exif in the file itself (nothing is ever fetched). The outcome is recomputed, never read.
 */
export function readSavedCheck(versions: TreeVersions, text: string): SavedCheckRead {
  const fail = (problem: SavedCheckProblem): SavedCheckRead => ({ ok: false, problem });
  if (text.length > MAX_SAVED_CHECK_BYTES) return fail({ kind: "too-large" });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail({ kind: "not-json" });
  }
  if (!isRecord(json) || json.resourceType !== "Bundle" || !Array.isArray(json.entry)) {
    return fail({ kind: "not-a-bundle" });
  }
  const resources = json.entry.map((entry: unknown) => (isRecord(entry) ? entry.resource : undefined));
  const responses = resources.filter(
    (resource): resource is Record<string, unknown> =>
      isRecord(resource) &&
      resource.resourceType === "QuestionnaireResponse" &&
      String(resource.questionnaire).startsWith(`${QUESTIONNAIRE_URL}|`),
  );
  const main = responses.find((response) => response.id !== "first-check");
  if (!main) return fail({ kind: "other-tool" });
  const check = readCheck(versions, main);
  if (!check.ok) return check;
  const firstResponse = responses.find((response) => response.id === "first-check");
  const first = firstResponse ? readCheck(versions, firstResponse) : undefined;
  if (first && !first.ok) return first;

  const photos: SavedPhoto[] = [];
  for (const media of resources.filter((resource) => isRecord(resource) && resource.resourceType === "Media")) {
    const photo = readPhoto(media as Record<string, unknown>, photos.length + 1, check.check.checkedOn);
    if ("kind" in photo) return fail(photo);
    photos.push(photo);
  }
  const answeredIn = locales.find((locale) => languageTag[locale] === json.language);
  return {
    ok: true,
    check: { ...check.check, ...(answeredIn ? { answeredIn } : {}), ...(first ? { first: first.check } : {}), photos },
  };
}

function readCheck(
  versions: TreeVersions,
  response: Record<string, unknown>,
): { ok: true; check: ReadCheck } | { ok: false; problem: SavedCheckProblem } {
  const version = String(response.questionnaire).slice(QUESTIONNAIRE_URL.length + 1);
  const tree: Tree | undefined = versions.byVersion[version];
  if (!tree) {
    return {
      ok: false,
      problem: { kind: isNewer(version, versions.today.version) ? "newer-version" : "unknown-version", version },
    };
  }
  const checkedOn = typeof response.authored === "string" ? parseIsoDate(response.authored) : undefined;
  if (!checkedOn) return { ok: false, problem: { kind: "no-date" } };
  const journey = journeyFromResponse(tree, response);
  if (!journey.ok) return { ok: false, problem: journey.problem };
  return { ok: true, check: { answers: journey.answers, result: journey.result, version, checkedOn } };
}

function isNewer(version: string, today: string): boolean {
  if (!/^\d+\.\d+$/.test(version)) return false;
  const [major, minor] = versionBytesOf(version);
  const [todayMajor, todayMinor] = versionBytesOf(today);
  return major > todayMajor || (major === todayMajor && minor > todayMinor);
}

const photoId = /^[A-Za-z0-9.-]{1,64}$/;

function readPhoto(media: Record<string, unknown>, number: number, checkedOn: IsoDate): SavedPhoto | SavedCheckProblem {
  const content = isRecord(media.content) ? media.content : {};
  if (content.url !== undefined) return { kind: "photo-link", photo: number };
  const jpeg =
    content.contentType === "image/jpeg" && typeof content.data === "string" ? fromBase64(content.data) : undefined;
  const { width, height } = media;
  const sized = [width, height].every((side) => Number.isInteger(side) && Number(side) > 0 && Number(side) <= 10_000);
  if (!jpeg || !jpegSegments(jpeg) || !sized) return { kind: "photo-not-jpeg", photo: number };
  if (hasExif(jpeg)) return { kind: "photo-exif", photo: number };
  const addedOn = typeof media.createdDateTime === "string" ? parseIsoDate(media.createdDateTime) : undefined;
  return {
    id: typeof media.id === "string" && photoId.test(media.id) ? media.id : crypto.randomUUID(),
    addedOn: addedOn ?? checkedOn,
    width: Number(width),
    height: Number(height),
    jpeg,
  };
}
