import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { walk } from "../journey/walk";
import { fullAnswers } from "../testing/arbitraries";
import { loadCases } from "../testing/cases";
import { tree } from "../tree/load";
import { decodeInvite, decodeToken, encodeToken, MAX_TOKEN_LENGTH, sealToken, TOKEN_FORMAT } from "./token";
import { runs } from "../testing/runs";

const cases = loadCases();

const index = (id: string) => tree.questions.findIndex((q) => q.id === id);
const option = (questionId: string, optionId: string) => {
  const question = tree.questions[index(questionId)];
  return question && question.type !== "number" ? question.options.findIndex((o) => o.id === optionId) : -1;
};
const header = [TOKEN_FORMAT, 1, 0];
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
    ["from another tree version", sealToken([TOKEN_FORMAT, 0, 9, ...heatRashBody.slice(3)]), "version"],
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
