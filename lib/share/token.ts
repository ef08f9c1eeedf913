import "../zod-mini";
import { maxLength, regex, string } from "zod/mini";
import type { Answers, AnswerValue } from "../journey/answers";
import { walk, type Walk } from "../journey/walk";
import type { Tree } from "../tree/schema";
import { fromBase64Url, toBase64Url } from "./base64url";

/**
 * The clinician handout link carries the answers on the path, never an outcome: the handout recomputes the
 * outcome with the engine. Layout (bytes): format, tree version major, minor, then per answered question its
 * index in the tree and its value (a single option's index; a count then option indices; a number), then a
 * Fletcher-16 checksum so a truncated or mistyped link is refused rather than misread.
 *
 * A link made with another tree version is refused (see docs/decisions/0001-share-token-versions.md).
 */
export const TOKEN_FORMAT = 1;
export const MAX_TOKEN_LENGTH = 600;

export type TokenError = "empty" | "too-long" | "malformed" | "version" | "invalid-answers";
export type DecodedToken =
  | { ok: true; answers: Answers; result: Extract<Walk, { status: "done" }> }
  | { ok: false; error: TokenError; detail: string };

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

/** Encodes the answers on a journey's path, in path order. Throws on an answer the tree cannot hold. */
export function encodeToken(tree: Tree, answers: Answers): string {
  const bytes: number[] = [TOKEN_FORMAT, ...versionBytes(tree)];
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
  return sealToken(bytes);
}

/** Adds the checksum and base64url-encodes a token body. */
export function sealToken(body: number[]): string {
  return toBase64Url(Uint8Array.from([...body, ...fletcher16(body)]));
}

/** Decodes and checks a token; never throws. Only a complete, valid journey comes back as ok. */
export function decodeToken(tree: Tree, token: string): DecodedToken {
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
  if (format !== TOKEN_FORMAT || major !== ourMajor || minor !== ourMinor) {
    return {
      ok: false,
      error: "version",
      detail: `the link was made with version ${major}.${minor} of the questions; this site uses version ${tree.version}`,
    };
  }

  const answers = readAnswers(tree, body.subarray(3));
  if (!answers) return { ok: false, error: "malformed", detail: "the answers in the link cannot be read" };
  const result = walk(tree, answers);
  if (result.status === "invalid") return { ok: false, error: "invalid-answers", detail: result.error.message };
  if (result.status === "asking") {
    return { ok: false, error: "invalid-answers", detail: `the link has no answer for question '${result.next.id}'` };
  }
  const offPath = Object.keys(answers).filter((id) => !result.path.includes(id));
  if (offPath.length > 0) {
    return {
      ok: false,
      error: "invalid-answers",
      detail: `the link answers questions that were not asked: ${offPath.join(", ")}`,
    };
  }
  return { ok: true, answers, result };
}

function readAnswers(tree: Tree, bytes: Uint8Array): Record<string, AnswerValue> | undefined {
  const answers: Record<string, AnswerValue> = {};
  let at = 0;
  const next = () => (at < bytes.length ? bytes[at++] : undefined);
  while (at < bytes.length) {
    const question = tree.questions[next() ?? -1];
    if (!question || question.id in answers) return undefined;
    if (question.type === "number") {
      const value = next();
      if (value === undefined) return undefined;
      answers[question.id] = value;
      continue;
    }
    const count = question.type === "multi" ? next() : 1;
    if (count === undefined || count === 0 || count > question.options.length) return undefined;
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const option = question.options[next() ?? -1];
      if (!option) return undefined;
      ids.push(option.id);
    }
    answers[question.id] = question.type === "multi" ? ids : (ids[0] ?? "");
  }
  return answers;
}
