import "../zod-mini";
import { maxLength, regex, string } from "zod/mini";
import { checkAnswer } from "../journey/answer-rule";
import type { Answers, AnswerValue } from "../journey/answers";
import { walk, type FinishedWalk } from "../journey/walk";
import { fromDayNumber, toDayNumber, type IsoDate } from "../recheck/dates";
import type { Tree } from "../tree/schema";
import { fromBase64Url, toBase64Url } from "./base64url";

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
 * A link made with another tree version is refused (see docs/decisions/0001-share-token-versions.md).
 */
export const TOKEN_FORMAT = 1;
export const RECHECK_FORMAT = 2;
export const MAX_TOKEN_LENGTH = 600;

export type TokenError = "empty" | "too-long" | "malformed" | "version" | "invalid-answers";
export type FirstCheck = { answers: Answers; startDate: IsoDate };
type Failure = { ok: false; error: TokenError; detail: string };
export type DecodedToken =
  { ok: true; answers: Answers; result: FinishedWalk; first?: FirstCheck & { result: FinishedWalk } } | Failure;
export type DecodedInvite = { ok: true; first: FirstCheck & { result: FinishedWalk } } | Failure;

const tokenText = string().check(maxLength(MAX_TOKEN_LENGTH), regex(/^[A-Za-z0-9_-]+$/));

function versionBytes(tree: Tree): [number, number] {
  const [major = 0, minor = 0] = tree.version.split(".").map(Number);
  return [major, minor];
}

function fletcher16(bytes: Uint8Array | number[]): [number, number] {
  let a = 0;
  let b = 0;
  for (const byte of bytes) {
    a = (a + byte) % 255;
    b = (b + a) % 255;
  }
  return [a, b];
}

/** Encodes the answers on a journey's path, in path order, with the first check when this is a re-check. */
export function encodeToken(tree: Tree, answers: Answers, first?: FirstCheck): string {
  if (!first) return sealToken([TOKEN_FORMAT, ...versionBytes(tree), ...answerBytes(tree, answers)]);
  const firstBytes = answerBytes(tree, first.answers);
  const day = toDayNumber(first.startDate);
  if (day < 0 || day > 0xffff || firstBytes.length > 255) throw new Error("cannot encode this first check");
  return sealToken([
    RECHECK_FORMAT,
    ...versionBytes(tree),
    day >> 8,
    day & 0xff,
    firstBytes.length,
    ...firstBytes,
    ...answerBytes(tree, answers),
  ]);
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

type Unpacked = { current: Uint8Array; first?: { bytes: Uint8Array; startDate: IsoDate } };

/** Checks length, alphabet, checksum, format and tree version, and splits the body into its answer sets. */
function unpack(tree: Tree, token: string): Unpacked | Failure {
  if (token.length === 0) return { ok: false, error: "empty", detail: "the link has no answers in it" };
  if (token.length > MAX_TOKEN_LENGTH)
    return { ok: false, error: "too-long", detail: "the link is longer than any real one" };
  const bytes = tokenText.safeParse(token).success ? fromBase64Url(token) : undefined;
  if (!bytes || bytes.length < 5)
    return { ok: false, error: "malformed", detail: "the link is not in the expected format" };

  const body = bytes.subarray(0, bytes.length - 2);
  const [a, b] = fletcher16(body);
  if (bytes[bytes.length - 2] !== a || bytes[bytes.length - 1] !== b) {
    return { ok: false, error: "malformed", detail: "the link is damaged or incomplete" };
  }
  const [format, major, minor] = body;
  const [ourMajor, ourMinor] = versionBytes(tree);
  if (format !== TOKEN_FORMAT && format !== RECHECK_FORMAT) {
    return { ok: false, error: "version", detail: `the link is in format ${format}, which this site does not read` };
  }
  if (major !== ourMajor || minor !== ourMinor) {
    return {
      ok: false,
      error: "version",
      detail: `the link was made with version ${major}.${minor} of the questions; this site uses version ${tree.version}`,
    };
  }
  if (format === TOKEN_FORMAT) return { current: body.subarray(3) };
  const [high = 0, low = 0, firstLength = 0] = body.subarray(3, 6);
  if (body.length < 6 + firstLength)
    return { ok: false, error: "malformed", detail: "the first check in the link is cut off" };
  return {
    first: { bytes: body.subarray(6, 6 + firstLength), startDate: fromDayNumber(high * 256 + low) },
    current: body.subarray(6 + firstLength),
  };
}

/** Reads one answer set and insists that it is a complete journey with nothing off its path. */
function finishedJourney(
  tree: Tree,
  bytes: Uint8Array,
  which: string,
): { answers: Answers; result: FinishedWalk } | Failure {
  const decoded = decodeAnswerBytes(tree, bytes);
  if ("error" in decoded) return { ok: false, error: decoded.error, detail: `${which}: ${decoded.detail}` };
  const { answers } = decoded;
  const invalid = (detail: string): Failure => ({ ok: false, error: "invalid-answers", detail: `${which}: ${detail}` });
  const result = walk(tree, answers);
  if (result.status === "asking") return invalid(`no answer for question '${result.next.id}'`);
  // Unreachable while decodeAnswerBytes asks the answer rule of every answer; kept so that no later change
  // to the decoder can let an invalid journey through.
  if (result.status === "invalid") return invalid(result.error.message);
  const offPath = Object.keys(answers).filter((id) => !result.path.includes(id));
  if (offPath.length > 0) return invalid(`answers to questions that were not asked: ${offPath.join(", ")}`);
  return { answers, result };
}

/** Decodes and checks a handout token; never throws. Only complete, valid journeys come back as ok. */
export function decodeToken(tree: Tree, token: string): DecodedToken {
  const unpacked = unpack(tree, token);
  if ("ok" in unpacked) return unpacked;
  const current = finishedJourney(tree, unpacked.current, "the answers");
  if ("ok" in current) return current;
  if (!unpacked.first) return { ok: true, ...current };
  const first = finishedJourney(tree, unpacked.first.bytes, "the first check");
  if ("ok" in first) return first;
  return { ok: true, ...current, first: { ...first, startDate: unpacked.first.startDate } };
}

/** Decodes the calendar link that invites a re-check: a first check and its start date, no current answers. */
export function decodeInvite(tree: Tree, token: string): DecodedInvite {
  const unpacked = unpack(tree, token);
  if ("ok" in unpacked) return unpacked;
  if (!unpacked.first || unpacked.current.length > 0) {
    return { ok: false, error: "malformed", detail: "the link is not a re-check link" };
  }
  const first = finishedJourney(tree, unpacked.first.bytes, "the first check");
  if ("ok" in first) return first;
  return { ok: true, first: { ...first, startDate: unpacked.first.startDate } };
}

type DecodedAnswers = { answers: Record<string, AnswerValue> } | { error: TokenError; detail: string };

/**
 * The answers in a token body: "malformed" when the bytes are not answers at all, "invalid-answers" (from
 * the answer rule) when an answer is readable but does not fit its question.
 */
function decodeAnswerBytes(tree: Tree, bytes: Uint8Array): DecodedAnswers {
  const answers: Record<string, AnswerValue> = {};
  const unreadable = { error: "malformed", detail: "the bytes are not answers" } as const;
  let at = 0;
  const next = () => (at < bytes.length ? bytes[at++] : undefined);
  while (at < bytes.length) {
    const question = tree.questions[next() ?? -1];
    if (!question || question.id in answers) return unreadable;
    let value: AnswerValue | undefined;
    if (question.type === "number") {
      value = next();
    } else {
      const count = question.type === "multi" ? next() : 1;
      if (count === undefined || count > question.options.length) return unreadable;
      const ids: string[] = [];
      for (let i = 0; i < count; i++) {
        const option = question.options[next() ?? -1];
        if (!option) return unreadable;
        ids.push(option.id);
      }
      value = question.type === "multi" ? ids : ids[0];
    }
    if (value === undefined) return unreadable;
    const checked = checkAnswer(question, value);
    if (!checked.ok)
      return { error: "invalid-answers", detail: `question '${question.id}' ${checked.problem.developer}` };
    answers[question.id] = checked.value;
  }
  return { answers };
}
