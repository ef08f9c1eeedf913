import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { walk } from "../journey/walk";
import { fullAnswers } from "../testing/arbitraries";
import { loadCases } from "../testing/cases";
import { tree } from "../tree/load";
import { olderTreesIn } from "../tree/published";
import { treeVersions } from "../tree/versions";
import { fromDayNumber } from "../recheck/dates";
import { fromBase64Url, toBase64Url } from "./base64url";
import { decodeInvite, decodeToken } from "./decode-token";
import { encodeToken, MAX_TOKEN_LENGTH, RECHECK_FORMAT, sealToken, FIRST_TOKEN_FORMAT, versionBytes } from "./token";
import { runs } from "../testing/runs";

const cases = loadCases();

const index = (id: string) => tree.questions.findIndex((q) => q.id === id);
const option = (questionId: string, optionId: string) => {
  const question = tree.questions[index(questionId)];
  return question && question.type !== "number" ? question.options.findIndex((o) => o.id === optionId) : -1;
};
const header = [FIRST_TOKEN_FORMAT, ...versionBytes(tree)];
const safe = [index("emergency"), 1, option("emergency", "none"), index("warning"), 1, option("warning", "none")];
const heatRashBody = [
  ...header,
  ...safe,
  index("redness"),
  option("redness", "yes"),
  index("look"),
  option("look", "prickly"),
  index("onset"),
  option("onset", "days"),
  index("care_weeks"),
  0,
  index("impact"),
  1,
  option("impact", "none"),
];

function roundTrip(answers: Record<string, unknown>) {
  const result = walk(tree, answers as never);
  if (result.status !== "done") throw new Error("not a finished journey");
  const token = encodeToken(tree, result.answers);
  const decoded = decodeToken(tree, token);
  return { token, result, decoded };
}

describe("share token", () => {
  it.each(cases.map((c) => [c.id, c] as const))("round-trips case %s to the same outcome", (_id, testCase) => {
    const { token, result, decoded } = roundTrip(testCase.answers);
    expect(token.length).toBeLessThanOrEqual(MAX_TOKEN_LENGTH);
    expect(decoded.ok && decoded.result.outcome).toEqual(result.outcome);
  });

  it("round-trips thousands of random journeys, always within 600 characters", () => {
    fc.assert(
      fc.property(fullAnswers(tree), (answers) => {
        const { token, result, decoded } = roundTrip(answers);
        expect(token.length).toBeLessThanOrEqual(MAX_TOKEN_LENGTH);
        expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
        expect(decoded.ok && decoded.result.outcome).toEqual(result.outcome);
      }),
      runs(3000),
    );
  });

  it("stays within 600 characters even if every question were answered with every option", () => {
    // Larger than any real journey: every question on one path, each multi-choice with all its boxes ticked,
    // each number at its maximum, twice over (a re-check link holds a first check and the new answers).
    const everything = Object.fromEntries(
      tree.questions.map((q) => [
        q.id,
        q.type === "number" ? q.max : q.type === "multi" ? q.options.map((o) => o.id) : (q.options[0]?.id ?? ""),
      ]),
    );
    const single = encodeToken(tree, everything);
    const recheck = encodeToken(tree, everything, { answers: everything, startDate: "2199-01-01" });
    expect(single.length).toBeGreaterThan(20);
    expect(recheck.length).toBeGreaterThan(2 * single.length - 10);
    expect(recheck.length).toBeLessThanOrEqual(MAX_TOKEN_LENGTH);
  });

  it("round-trips a re-check: the first check, its start date and the new answers", () => {
    fc.assert(
      fc.property(fullAnswers(tree), fullAnswers(tree), fc.integer({ min: 0, max: 20_000 }), (before, after, day) => {
        const first = walk(tree, before);
        const now = walk(tree, after);
        if (first.status !== "done" || now.status !== "done") throw new Error("not finished");
        const startDate = new Date(Date.UTC(2020, 0, 1 + day)).toISOString().slice(0, 10);
        const token = encodeToken(tree, now.answers, { answers: first.answers, startDate });
        expect(token.length).toBeLessThanOrEqual(MAX_TOKEN_LENGTH);
        const decoded = decodeToken(tree, token);
        expect(decoded.ok && decoded.result.outcome).toEqual(now.outcome);
        expect(decoded.ok && decoded.first?.result.outcome).toEqual(first.outcome);
        expect(decoded.ok && decoded.first?.startDate).toBe(startDate);

        const invite = decodeInvite(tree, encodeToken(tree, {}, { answers: first.answers, startDate }));
        expect(invite.ok && invite.first.result.outcome).toEqual(first.outcome);
        expect(decodeInvite(tree, token).ok).toBe(false);
      }),
      runs(500),
    );
  });

  it("refuses a plain handout token as a re-check invitation, and an invitation as a handout", () => {
    const plain = sealToken(heatRashBody);
    expect(decodeInvite(tree, plain)).toMatchObject({ ok: false, error: "malformed" });
    const first = walk(tree, cases[0]?.answers ?? {});
    if (first.status !== "done") throw new Error("not finished");
    const invite = encodeToken(tree, {}, { answers: first.answers, startDate: "2026-11-22" });
    expect(decodeToken(tree, invite)).toMatchObject({ ok: false, error: "invalid-answers" });
  });

  it("decodes a hand-built token", () => {
    const decoded = decodeToken(tree, sealToken(heatRashBody));
    expect(decoded.ok && [decoded.result.outcome.urgency, decoded.result.outcome.condition]).toEqual([
      "self_care",
      "unclear",
    ]);
  });

  it.each([
    ["empty", "", "empty"],
    ["over-long", "A".repeat(601), "too-long"],
    ["garbage", "not a token!", "malformed"],
    ["truncated", sealToken(heatRashBody).slice(0, -3), "malformed"],
    [
      "one character changed",
      sealToken(heatRashBody).replace(/^(.{6})./, (_m, p: string) => `${p}${"Z"}`),
      "malformed",
    ],
    ["from another tree version", sealToken([FIRST_TOKEN_FORMAT, 0, 9, ...heatRashBody.slice(3)]), "version"],
    ["from another token format", sealToken([9, ...heatRashBody.slice(1)]), "version"],
    ["an unknown question", sealToken([...header, ...safe, 200, 0]), "malformed"],
    ["an unknown option", sealToken([...header, ...safe, index("redness"), 7]), "malformed"],
    ["a question twice", sealToken([...heatRashBody, index("onset"), 0]), "malformed"],
    [
      "none with another option",
      sealToken([...header, index("emergency"), 2, option("emergency", "none"), 0]),
      "invalid-answers",
    ],
    [
      "a number out of range",
      sealToken([...heatRashBody.slice(0, -5), index("care_weeks"), 105, index("impact"), 1, 3]),
      "invalid-answers",
    ],
    [
      "an answer off the path",
      sealToken([...heatRashBody, index("risk"), 1, option("risk", "diabetes")]),
      "invalid-answers",
    ],
    ["an unfinished journey", sealToken([...header, ...safe]), "invalid-answers"],
  ])("refuses a token that is %s", (_name, token, error) => {
    const decoded = decodeToken(tree, token);
    expect(decoded.ok ? "ok" : decoded.error).toBe(error);
  });

  it("never throws on 10,000 random or mutated tokens, and accepts only complete valid journeys", () => {
    const valid = cases.flatMap((c) => {
      const { token, result } = roundTrip(c.answers);
      return [token, encodeToken(tree, {}, { answers: result.answers, startDate: "2026-11-22" })];
    });
    const mutated = fc
      .tuple(fc.constantFrom(...valid), fc.nat(), fc.constantFrom(..."ABCxyz019-_=+/ .".split("")), fc.boolean())
      .map(([token, at, char, cut]) => {
        const i = at % (token.length + 1);
        return cut ? token.slice(0, i) : token.slice(0, i) + char + token.slice(i + 1);
      });
    const anything = fc.oneof(fc.string(), fc.base64String(), fc.stringMatching(/^[A-Za-z0-9_-]{0,700}$/), mutated);
    fc.assert(
      fc.property(anything, (token) => {
        const decoded = decodeToken(tree, token);
        if (decoded.ok) {
          expect(decoded.result.status).toBe("done");
          expect(Object.keys(decoded.answers).sort()).toEqual([...decoded.result.path].sort());
        } else {
          expect(["empty", "too-long", "malformed", "version", "invalid-answers"]).toContain(decoded.error);
        }
      }),
      runs(10_000),
    );
  });
});

describe("share token: what a refused link says, and what the encoder refuses", () => {
  const valid = sealToken(heatRashBody);
  const recheckHeader = [RECHECK_FORMAT, ...versionBytes(tree)];
  const firstJourney = heatRashBody.slice(3);
  it.each([
    ["empty", "", "empty", "the link has no answers in it"],
    ["over-long", "A".repeat(601), "too-long", "the link is longer than any real one"],
    ["600 characters of zeros", "A".repeat(600), "version", "the link is in format 0, which this site does not read"],
    ["garbage", "not a token!", "malformed", "the link is not in the expected format"],
    ["four bytes", toBase64Url(Uint8Array.from([1, 1, 0, 0])), "malformed", "the link is not in the expected format"],
    [
      "five bytes",
      sealToken([FIRST_TOKEN_FORMAT, ...versionBytes(tree)]),
      "invalid-answers",
      "the answers: no answer for question 'emergency'",
    ],
    ["truncated", valid.slice(0, -3), "malformed", "the link is damaged or incomplete"],
    [
      "first checksum byte wrong",
      retail(valid, ([a, b]) => [a + 1, b]),
      "malformed",
      "the link is damaged or incomplete",
    ],
    [
      "second checksum byte wrong",
      retail(valid, ([a, b]) => [a, b + 1]),
      "malformed",
      "the link is damaged or incomplete",
    ],
    [
      "from another minor version",
      sealToken([FIRST_TOKEN_FORMAT, 1, 9, ...heatRashBody.slice(3)]),
      "version",
      `the link was made with version 1.9 of the questions, which this site never published (today: ${tree.version})`,
    ],
    [
      "from another major version",
      sealToken([FIRST_TOKEN_FORMAT, 2, 0, ...heatRashBody.slice(3)]),
      "version",
      `the link was made with version 2.0 of the questions, which this site never published (today: ${tree.version})`,
    ],
    [
      "in an unknown format",
      sealToken([9, ...heatRashBody.slice(1)]),
      "version",
      "the link is in format 9, which this site does not read",
    ],
    [
      "an unknown question",
      sealToken([...header, ...safe, 200, 0]),
      "malformed",
      "the answers: the bytes are not answers",
    ],
    [
      "an unknown option",
      sealToken([...header, ...safe, index("redness"), 7]),
      "malformed",
      "the answers: the bytes are not answers",
    ],
    [
      "a question twice",
      sealToken([...heatRashBody, index("onset"), 0]),
      "malformed",
      "the answers: the bytes are not answers",
    ],
    [
      "a count with no options",
      sealToken([...header, index("emergency")]),
      "malformed",
      "the answers: the bytes are not answers",
    ],
    [
      "more options than the question has",
      sealToken([...header, index("emergency"), 8, 0, 1, 2, 3, 4, 5, 6, 6]),
      "malformed",
      "the answers: the bytes are not answers",
    ],
    [
      "options cut short",
      sealToken([...header, index("emergency"), 2, 0]),
      "malformed",
      "the answers: the bytes are not answers",
    ],
    [
      "a number with no value",
      sealToken([...heatRashBody.slice(0, -5), index("care_weeks")]),
      "malformed",
      "the answers: the bytes are not answers",
    ],
    [
      "none with another option",
      sealToken([...header, index("emergency"), 2, option("emergency", "none"), 0]),
      "invalid-answers",
      "the answers: question 'emergency' combines 'none' with other options",
    ],
    [
      "no option ticked",
      sealToken([...header, index("emergency"), 0]),
      "invalid-answers",
      "the answers: question 'emergency' must have at least one option",
    ],
    [
      "a number out of range",
      sealToken([...heatRashBody.slice(0, -5), index("care_weeks"), 105, index("impact"), 1, 3]),
      "invalid-answers",
      "the answers: question 'care_weeks' must be a whole number from 0 to 104",
    ],
    [
      "an answer off the path",
      sealToken([...heatRashBody, index("risk"), 1, option("risk", "diabetes")]),
      "invalid-answers",
      "the answers: answers to questions that were not asked: risk",
    ],
    [
      "an unfinished journey",
      sealToken([...header, ...safe]),
      "invalid-answers",
      "the answers: no answer for question 'redness'",
    ],
    [
      "a re-check whose first check is cut off",
      sealToken([...recheckHeader, 0, 1, firstJourney.length + 1, ...firstJourney]),
      "malformed",
      "the first check in the link is cut off",
    ],
    [
      "a re-check whose first check is unfinished",
      sealToken([...recheckHeader, 0, 1, safe.length, ...safe, ...firstJourney]),
      "invalid-answers",
      "the first check: no answer for question 'redness'",
    ],
    [
      "a re-check whose answers are unfinished",
      sealToken([...recheckHeader, 0, 1, firstJourney.length, ...firstJourney, ...safe]),
      "invalid-answers",
      "the answers: no answer for question 'redness'",
    ],
  ])("refuses a token that is %s, saying why", (_name, token, error, detail) => {
    expect(decodeToken(tree, token)).toEqual({ ok: false, error, detail });
  });

  it("accepts the longest link there is and a re-check with both journeys", () => {
    const recheck = sealToken([...recheckHeader, 0, 1, firstJourney.length, ...firstJourney, ...firstJourney]);
    const decoded = decodeToken(tree, recheck);
    expect(decoded.ok && decoded.first?.startDate).toBe("2020-01-02");
    expect(decoded.ok && decoded.first?.result.outcome.condition).toBe("unclear");
    expect(decoded.ok && decoded.result.outcome.condition).toBe("unclear");
  });

  it("an invitation to a re-check holds a first check and nothing else", () => {
    const invite = sealToken([...recheckHeader, 0, 1, firstJourney.length, ...firstJourney]);
    expect(decodeInvite(tree, invite)).toMatchObject({ ok: true, first: { startDate: "2020-01-02" } });
    expect(decodeInvite(tree, valid)).toEqual({
      ok: false,
      error: "malformed",
      detail: "the link is not a re-check link",
    });
    expect(decodeInvite(tree, `${invite}x`)).toMatchObject({ ok: false, error: "malformed" });
    const withAnswers = sealToken([...recheckHeader, 0, 1, firstJourney.length, ...firstJourney, ...firstJourney]);
    expect(decodeInvite(tree, withAnswers)).toEqual({
      ok: false,
      error: "malformed",
      detail: "the link is not a re-check link",
    });
    const badFirst = sealToken([...recheckHeader, 0, 1, safe.length, ...safe]);
    expect(decodeInvite(tree, badFirst)).toEqual({
      ok: false,
      error: "invalid-answers",
      detail: "the first check: no answer for question 'redness'",
    });
    expect(decodeToken(tree, invite)).toEqual({
      ok: false,
      error: "invalid-answers",
      detail: "the answers: no answer for question 'emergency'",
    });
  });

  it.each([
    ["an unknown question", { rash: "yes" }, "cannot encode unknown question 'rash'"],
    ["a number that is not whole", { care_weeks: 2.5 }, "cannot encode 2.5 for 'care_weeks'"],
    ["a negative number", { care_weeks: -1 }, "cannot encode -1 for 'care_weeks'"],
    ["a number over a byte", { care_weeks: 256 }, "cannot encode 256 for 'care_weeks'"],
    ["text for a number", { care_weeks: "3" }, "cannot encode \"3\" for 'care_weeks'"],
    ["an unknown option", { redness: "maybe" }, "cannot encode \"maybe\" for 'redness'"],
    ["no options", { emergency: [] }, "cannot encode [] for 'emergency'"],
  ])("the encoder refuses %s rather than writing a link that reads differently", (_name, answers, message) => {
    expect(() => encodeToken(tree, answers as never)).toThrow(message);
  });

  it("encodes numbers up to a byte, and start days from 2020 for two bytes of days", () => {
    expect(decodeAnswerNumber(encodeToken(tree, { care_weeks: 255 }))).toBe(255);
    expect(decodeAnswerNumber(encodeToken(tree, { care_weeks: 0 }))).toBe(0);
    const first = { answers: {}, startDate: "2020-01-01" };
    expect(() => encodeToken(tree, {}, first)).not.toThrow();
    expect(() => encodeToken(tree, {}, { ...first, startDate: "2019-12-31" })).toThrow(
      "cannot encode this first check",
    );
    expect(() => encodeToken(tree, {}, { ...first, startDate: fromDayNumber(0xffff) })).not.toThrow();
    expect(() => encodeToken(tree, {}, { ...first, startDate: fromDayNumber(0x10000) })).toThrow(
      "cannot encode this first check",
    );
  });
});

/** The token with its two checksum bytes replaced. */
function retail(token: string, change: (sum: [number, number]) => [number, number]): string {
  const bytes = fromBase64Url(token) ?? new Uint8Array();
  const [a = 0, b = 0] = bytes.subarray(-2);
  const [x, y] = change([a, b]);
  return toBase64Url(Uint8Array.from([...bytes.subarray(0, -2), x % 256, y % 256]));
}

/** The one number a token made of a single number answer holds (its byte after the question's index). */
function decodeAnswerNumber(token: string): number | undefined {
  const bytes = fromBase64Url(token) ?? new Uint8Array();
  return bytes[4];
}

describe("share token: the date of the check", () => {
  const journey = walk(tree, cases.find((c) => c.id === "folliculitis-after-shaving")?.answers ?? {});
  if (journey.status !== "done") throw new Error("case does not finish");

  it("travels in the link for the handout and the re-check, and reads back", () => {
    const dated = decodeToken(tree, encodeToken(tree, journey.answers, undefined, "2026-12-01"));
    expect(dated).toMatchObject({ ok: true, checkedOn: "2026-12-01" });
    const first = { answers: journey.answers, startDate: "2026-11-03" };
    const recheck = decodeToken(tree, encodeToken(tree, journey.answers, first, "2026-12-01"));
    expect(recheck).toMatchObject({ ok: true, checkedOn: "2026-12-01", first: { startDate: "2026-11-03" } });
    expect(recheck.ok && recheck.result.outcome).toEqual(journey.outcome);
    expect(decodeToken(tree, encodeToken(tree, journey.answers))).not.toHaveProperty("checkedOn");
    expect(() => encodeToken(tree, journey.answers, undefined, "2019-12-31")).toThrow(
      "cannot encode the date of the check",
    );
  });

  // Links made before the date was added: a printed QR code or a calendar reminder may hold one for years. They
  // were made with version 1.0 of the tree, and open with it (SPEC.md section 7).
  const versions = treeVersions(tree, olderTreesIn(tree, "en"));
  const old = versions.byVersion["1.0"];
  const then = old && walk(old, cases.find((c) => c.id === "folliculitis-after-shaving")?.answers ?? {});
  if (then?.status !== "done") throw new Error("case does not finish with version 1.0");
  it.each([
    ["a handout link", "AQEAAAEDAQEHAgAEAQUCBwECCgEACwANAQNOGA"],
    ["a re-check's handout link", "AgEACdUXAAEDAQEHAgAEAQUCBwECCgEACwANAQMAAQMBAQcCAAQBBQIHAQIKAQALAA0BA5FQ"],
  ])("still opens %s made before, with the same outcome and no date", (_name, token) => {
    const decoded = decodeToken(versions, token);
    expect(decoded.ok && decoded.result.outcome).toEqual(then.outcome);
    expect(decoded).not.toHaveProperty("checkedOn");
  });

  it("still opens a calendar reminder's re-check link made before", () => {
    expect(decodeInvite(versions, "AgEACdUXAAEDAQEHAgAEAQUCBwECCgEACwANAQNFMg")).toMatchObject({
      ok: true,
      first: { startDate: "2026-11-22", answers: then.answers, version: "1.0" },
    });
  });
});

describe("share token: the language the person answered in", () => {
  const journey = walk(tree, cases.find((c) => c.id === "folliculitis-after-shaving")?.answers ?? {});
  if (journey.status !== "done") throw new Error("case does not finish");

  it.each(["en", "es"] as const)("travels with the date in a handout link answered in %s", (locale) => {
    const handout = decodeToken(tree, encodeToken(tree, journey.answers, undefined, "2026-12-01", locale));
    expect(handout).toMatchObject({ ok: true, checkedOn: "2026-12-01", answeredIn: locale });
    expect(handout.ok && handout.result.outcome).toEqual(journey.outcome);
    const first = { answers: journey.answers, startDate: "2026-11-03" };
    const recheck = decodeToken(tree, encodeToken(tree, journey.answers, first, "2026-12-01", locale));
    expect(recheck).toMatchObject({ ok: true, answeredIn: locale, first: { startDate: "2026-11-03" } });
  });

  it("is absent from links made before, which were all answered in English", () => {
    expect(decodeToken(tree, encodeToken(tree, journey.answers, undefined, "2026-12-01"))).not.toHaveProperty(
      "answeredIn",
    );
  });

  it("refuses a link that names a language the site does not have", () => {
    const token = encodeToken(tree, journey.answers, undefined, "2026-12-01", "es");
    const bytes = [...fromBase64Url(token)!];
    bytes[5] = 9; // the language byte, after format, version and date
    const tampered = sealToken(bytes.slice(0, -2));
    expect(decodeToken(tree, tampered)).toMatchObject({ ok: false, error: "malformed" });
    expect(decodeToken(tree, tampered)).toMatchObject({ detail: expect.stringContaining("language 9") });
  });
});
