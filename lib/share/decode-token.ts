import { checkAnswer } from "../journey/answer-rule";
import type { Answers, AnswerValue } from "../journey/answers";
import { walk, type FinishedWalk } from "../journey/walk";
import { fromDayNumber, type IsoDate } from "../recheck/dates";
import type { Tree } from "../tree/schema";
import { treeVersions, type TreeVersions } from "../tree/versions";
import { fromBase64Url } from "./base64url";
import { locales, type Locale } from "../i18n/locales";
import {
  DATED_FORMAT,
  DATED_RECHECK_FORMAT,
  fletcher16,
  LANGUAGE_FORMAT,
  LANGUAGE_RECHECK_FORMAT,
  MAX_TOKEN_LENGTH,
  RECHECK_FORMAT,
  FIRST_TOKEN_FORMAT,
  VERSIONED_RECHECK_FORMAT,
  type DecodedInvite,
  type DecodedToken,
  type Failure,
  type ReadFirstCheck,
  type TokenError,
} from "./token";

// Reading a share link (the layout is described in token.ts): never throws, and only a complete, valid
// journey comes back as ok; anything else is a plain error that names what is wrong.

type Unpacked = {
  tree: Tree;
  current: Uint8Array;
  first?: { bytes: Uint8Array; startDate: IsoDate; tree: Tree };
  checkedOn?: IsoDate;
  answeredIn?: Locale;
};

const formats = new Set([
  FIRST_TOKEN_FORMAT,
  RECHECK_FORMAT,
  DATED_FORMAT,
  DATED_RECHECK_FORMAT,
  LANGUAGE_FORMAT,
  LANGUAGE_RECHECK_FORMAT,
  VERSIONED_RECHECK_FORMAT,
]);
const withLanguage = new Set([LANGUAGE_FORMAT, LANGUAGE_RECHECK_FORMAT, VERSIONED_RECHECK_FORMAT]);
const withDate = new Set([DATED_FORMAT, DATED_RECHECK_FORMAT, ...withLanguage]);
const handoutOnly = new Set([FIRST_TOKEN_FORMAT, DATED_FORMAT, LANGUAGE_FORMAT]);

/** What a link can be read with: every published version of the tree, or just one. */
export type Readable = Tree | TreeVersions;
const versionsOf = (readable: Readable): TreeVersions => ("byVersion" in readable ? readable : treeVersions(readable));

/** The published tree of a version, or the failure that names it. */
function treeOf(versions: TreeVersions, major: number, minor: number, what: string): Tree | Failure {
  const tree = versions.byVersion[`${major}.${minor}`];
  if (tree) return tree;
  return {
    ok: false,
    error: "version",
    detail: `${what} was made with version ${major}.${minor} of the questions, which this site never published (today: ${versions.today.version})`,
  };
}

/** Checks length, alphabet, checksum, format and tree version, and splits the body into its answer sets. */
function unpack(versions: TreeVersions, token: string): Unpacked | Failure {
  if (token.length === 0) return { ok: false, error: "empty", detail: "the link has no answers in it" };
  if (token.length > MAX_TOKEN_LENGTH)
    return { ok: false, error: "too-long", detail: "the link is longer than any real one" };
  // fromBase64Url refuses any character outside base64url, so the length above and it are the whole check.
  const bytes = fromBase64Url(token);
  if (!bytes || bytes.length < 5)
    return { ok: false, error: "malformed", detail: "the link is not in the expected format" };

  const body = bytes.subarray(0, bytes.length - 2);
  const [a, b] = fletcher16(body);
  if (bytes[bytes.length - 2] !== a || bytes[bytes.length - 1] !== b) {
    return { ok: false, error: "malformed", detail: "the link is damaged or incomplete" };
  }
  const [format, major = 0, minor = 0] = body;
  if (format === undefined || !formats.has(format)) {
    return { ok: false, error: "version", detail: `the link is in format ${format}, which this site does not read` };
  }
  const tree = treeOf(versions, major, minor, "the link");
  if ("ok" in tree) return tree;
  const dated = withDate.has(format);
  const [dayHigh = 0, dayLow = 0, languageIndex = -1] = body.subarray(3, 6);
  const language = withLanguage.has(format) ? locales[languageIndex] : undefined;
  if (withLanguage.has(format) && language === undefined) {
    return {
      ok: false,
      error: "malformed",
      detail: `the link names language ${languageIndex}, which this site does not have`,
    };
  }
  const stamps = {
    ...(dated ? { checkedOn: fromDayNumber(dayHigh * 256 + dayLow) } : {}),
    ...(language ? { answeredIn: language } : {}),
  };
  let rest = body.subarray(language ? 6 : dated ? 5 : 3);
  if (handoutOnly.has(format)) return { tree, current: rest, ...stamps };
  let firstTree: Tree | Failure = tree;
  if (format === VERSIONED_RECHECK_FORMAT) {
    const [firstMajor = 0, firstMinor = 0] = rest.subarray(0, 2);
    firstTree = treeOf(versions, firstMajor, firstMinor, "the first check in the link");
    if ("ok" in firstTree) return firstTree;
    rest = rest.subarray(2);
  }
  const [high = 0, low = 0, firstLength = 0] = rest.subarray(0, 3);
  if (rest.length < 3 + firstLength)
    return { ok: false, error: "malformed", detail: "the first check in the link is cut off" };
  return {
    tree,
    first: { bytes: rest.subarray(3, 3 + firstLength), startDate: fromDayNumber(high * 256 + low), tree: firstTree },
    current: rest.subarray(3 + firstLength),
    ...stamps,
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

/**
 * Decodes and checks a handout token with the tree version it was made with; never throws. Only complete,
 * valid journeys come back as ok.
 */
export function decodeToken(readable: Readable, token: string): DecodedToken {
  const unpacked = unpack(versionsOf(readable), token);
  if ("ok" in unpacked) return unpacked;
  const { tree } = unpacked;
  const current = finishedJourney(tree, unpacked.current, "the answers");
  if ("ok" in current) return current;
  const stamps = {
    ...(unpacked.checkedOn ? { checkedOn: unpacked.checkedOn } : {}),
    ...(unpacked.answeredIn ? { answeredIn: unpacked.answeredIn } : {}),
  };
  if (!unpacked.first) return { ok: true, ...current, tree, ...stamps };
  const first = readFirst(unpacked.first);
  if ("ok" in first) return first;
  return { ok: true, ...current, tree, first, ...stamps };
}

function readFirst(first: NonNullable<Unpacked["first"]>): ReadFirstCheck | Failure {
  const read = finishedJourney(first.tree, first.bytes, "the first check");
  if ("ok" in read) return read;
  return { ...read, startDate: first.startDate, tree: first.tree, version: first.tree.version };
}

/** Decodes the calendar link that invites a re-check: a first check and its start date, no current answers. */
export function decodeInvite(readable: Readable, token: string): DecodedInvite {
  const unpacked = unpack(versionsOf(readable), token);
  if ("ok" in unpacked) return unpacked;
  if (!unpacked.first || unpacked.current.length > 0) {
    return { ok: false, error: "malformed", detail: "the link is not a re-check link" };
  }
  const first = readFirst(unpacked.first);
  if ("ok" in first) return first;
  return { ok: true, first };
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
