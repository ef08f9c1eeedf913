import type { Answers } from "../journey/answers";
import type { FinishedWalk } from "../journey/walk";
import { versionBytesOf } from "../tree/versions";
import { toDayNumber, type IsoDate } from "../recheck/dates";
import type { Tree } from "../tree/schema";
import { toBase64Url } from "./base64url";
import { locales, type Locale } from "../i18n/locales";

/**
 * The clinician handout link carries the answers on the path, never an outcome: the handout recomputes the
 * outcome with the engine. Layout (bytes): format, tree version major, minor, then per answered question its
 * index in the tree and its value (a single option's index; a count then option indices; a number), then a
 * Fletcher-16 checksum so a truncated or mistyped link is refused rather than misread.
 *
 * Format 2 adds a first check for the re-check: after the version, the start day of home care (two bytes,
 * days since 2020-01-01), the length of the first check's answers, those answers, then the current answers,
 * which are empty in the calendar link that invites a re-check.
 *
 * Formats 3 and 4 are formats 1 and 2 with the date of the check (two bytes, days since 2020-01-01) right
 * after the version, for the handout and the FHIR export; links made in formats 1 and 2 still open
 * (docs/decisions/0005-links-carry-the-date-of-the-check.md).
 *
 * Formats 5 and 6 are formats 3 and 4 with the language the person answered in (one byte, its index in
 * lib/i18n/locales.ts) right after the date, so the handout can say it (docs/decisions/0008-languages.md).
 *
 * Format 7 is format 6 for a re-check whose first check was made with an older version of the tree: the
 * first check's version (major, minor) comes right after the language, so each check is read with its own.
 *
 * A link is read with the version of the tree it was made with (lib/tree/versions.ts, SPEC.md section 7);
 * a version that was never published is refused (docs/decisions/0001-share-token-versions.md).
 */
export const FIRST_TOKEN_FORMAT = 1;
export const RECHECK_FORMAT = 2;
export const DATED_FORMAT = 3;
export const DATED_RECHECK_FORMAT = 4;
export const LANGUAGE_FORMAT = 5;
export const LANGUAGE_RECHECK_FORMAT = 6;
export const VERSIONED_RECHECK_FORMAT = 7;
export const MAX_TOKEN_LENGTH = 600;

export type TokenError = "empty" | "too-long" | "malformed" | "version" | "invalid-answers";
/** A first check to compare a re-check with; `version` is the tree's it was made with (today's when absent). */
export type FirstCheck = { answers: Answers; startDate: IsoDate; version?: string };
/** A first check as read from a link: its walk and the tree it was made with. */
export type ReadFirstCheck = FirstCheck & { result: FinishedWalk; tree: Tree };
export type Failure = { ok: false; error: TokenError; detail: string };
export type DecodedToken =
  | {
      ok: true;
      answers: Answers;
      result: FinishedWalk;
      /** The tree the link was made with, whose words and rules the result is in. */
      tree: Tree;
      first?: ReadFirstCheck;
      /** The date of the check, in links made since formats 3 and 4. */
      checkedOn?: IsoDate;
      /** The language the person answered in, in links made since formats 5 and 6. */
      answeredIn?: Locale;
    }
  | Failure;
export type DecodedInvite = { ok: true; first: ReadFirstCheck } | Failure;

export function versionBytes(tree: Tree): [number, number] {
  return versionBytesOf(tree.version);
}

export function fletcher16(bytes: Uint8Array | number[]): [number, number] {
  let a = 0;
  let b = 0;
  for (const byte of bytes) {
    a = (a + byte) % 255;
    b = (b + a) % 255;
  }
  return [a, b];
}

/**
 * Encodes the answers on a journey's path, in path order, with the first check when this is a re-check and
 * the date of the check when it is known. A first check made with an older version brings its own tree.
 */
export function encodeToken(
  tree: Tree,
  answers: Answers,
  first?: FirstCheck & { tree?: Tree },
  checkedOn?: IsoDate,
  answeredIn?: Locale,
): string {
  const languaged = checkedOn !== undefined && answeredIn !== undefined;
  const dated = [
    ...(checkedOn === undefined ? [] : dayBytes(checkedOn, "the date of the check")),
    ...(languaged ? [locales.indexOf(answeredIn)] : []),
  ];
  const format = (plain: number, withDate: number, withLanguage: number) =>
    languaged ? withLanguage : dated.length ? withDate : plain;
  const current = answerBytes(tree, answers);
  if (!first)
    return sealToken([
      format(FIRST_TOKEN_FORMAT, DATED_FORMAT, LANGUAGE_FORMAT),
      ...versionBytes(tree),
      ...dated,
      ...current,
    ]);
  const firstTree = first.tree ?? tree;
  const firstBytes = answerBytes(firstTree, first.answers);
  if (firstBytes.length > 255) throw new Error("cannot encode this first check");
  const olderFirst = firstTree.version !== tree.version;
  if (olderFirst && !languaged) throw new Error("a first check of another version needs the date and the language");
  return sealToken([
    olderFirst ? VERSIONED_RECHECK_FORMAT : format(RECHECK_FORMAT, DATED_RECHECK_FORMAT, LANGUAGE_RECHECK_FORMAT),
    ...versionBytes(tree),
    ...dated,
    ...(olderFirst ? versionBytes(firstTree) : []),
    ...dayBytes(first.startDate, "this first check"),
    firstBytes.length,
    ...firstBytes,
    ...current,
  ]);
}

/** A date as two bytes of days since 2020-01-01, which last until 2199. */
function dayBytes(date: IsoDate, what: string): [number, number] {
  const day = toDayNumber(date);
  if (!Number.isInteger(day) || day < 0 || day > 0xffff) throw new Error(`cannot encode ${what}`);
  return [day >> 8, day & 0xff];
}

function answerBytes(tree: Tree, answers: Answers): number[] {
  const bytes: number[] = [];
  for (const [questionId, value] of Object.entries(answers)) {
    const index = tree.questions.findIndex((q) => q.id === questionId);
    const question = tree.questions[index];
    if (!question) throw new Error(`cannot encode unknown question '${questionId}'`);
    bytes.push(index);
    if (question.type === "number") {
      if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > 255) {
        throw new Error(`cannot encode ${JSON.stringify(value)} for '${questionId}'`);
      }
      bytes.push(value);
      continue;
    }
    const chosen = typeof value === "string" ? [value] : Array.isArray(value) ? value : [];
    const indices = chosen.map((id) => question.options.findIndex((o) => o.id === id));
    if (indices.length === 0 || indices.includes(-1)) {
      throw new Error(`cannot encode ${JSON.stringify(value)} for '${questionId}'`);
    }
    if (question.type === "multi") bytes.push(indices.length);
    bytes.push(...indices);
  }
  return bytes;
}

/** Adds the checksum and base64url-encodes a token body. */
export function sealToken(body: number[]): string {
  return toBase64Url(Uint8Array.from([...body, ...fletcher16(body)]));
}
