import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fullAnswers, pastSafetyScreens } from "../testing/arbitraries";
import { namesMoisturiser, specOutcome, specSafetyRule, windows, type FullAnswers } from "../testing/spec-oracle";
import { namesRetinoid } from "../tree/check";
import { tree } from "../tree/load";
import { walk } from "./walk";
import { runs } from "../testing/runs";

const fullRuns = runs(5000);

function finish(answers: FullAnswers) {
  const result = walk(tree, answers);
  if (result.status !== "done") throw new Error(`journey did not finish: ${JSON.stringify(result)}`);
  return result;
}

/**
 * A property over `arbitrary` that counts the journeys it applies to (`check` returns false for the rest) and
 * fails when fewer than `share` of the runs were checked, so a generator that stopped reaching the case (or a
 * tree that stopped asking the question) fails the test instead of passing it vacuously.
 */
function assertChecked<T>(arbitrary: fc.Arbitrary<T>, check: (value: T) => boolean, share: number) {
  let checked = 0;
  fc.assert(
    fc.property(arbitrary, (value) => {
      if (check(value)) checked++;
    }),
    fullRuns,
  );
  expect(checked).toBeGreaterThan(fullRuns.numRuns * share);
}

const noneExcept = (list: string[]) => !list.includes("none");
const { careWeeks, homeCareProgress: progress } = tree.roles;
// Pregnant (with or without other conditions), and red pimple-like or prickly spots: the journeys where the
// care steps' pregnancy and moisturiser exclusions apply, past the safety screens.
const pregnantPastSafety = pastSafetyScreens(tree).map((a) => ({
  ...a,
  risk: [...a.risk.filter((r) => r !== "none" && r !== "pregnant"), "pregnant"],
}));
const pimplesOrPricklyPastSafety = fc
  .tuple(pastSafetyScreens(tree), fc.constantFrom("pimples", "prickly"))
  .map(([a, look]) => ({ ...a, redness: "yes", look }));
// Home care that got worse, or stayed the same for at least the longest check-back window (4 weeks).
const worseAfterCare = fc
  .tuple(pastSafetyScreens(tree), fc.integer({ min: 1, max: 104 }))
  .map(([a, weeks]) => ({ ...a, care_weeks: weeks, progress: "worse" }));
const sameAfterLongCare = fc
  .tuple(pastSafetyScreens(tree), fc.integer({ min: 1, max: 104 }))
  .map(([a, weeks]) => ({ ...a, care_weeks: weeks, progress: "same" }));
const exfoliantIds = new Set(tree.guidance.filter((g) => g.exfoliant).map((g) => g.id));

describe("safety rules of docs/clinical-rules.md §3, over random complete answer sets", () => {
  it("reaches exactly the outcome the spec's rules give, whatever the skipped questions say", () => {
    fc.assert(
      fc.property(fullAnswers(tree), (answers) => {
        const { outcome } = finish(answers);
        expect(
          { urgency: outcome.urgency, condition: outcome.condition, checkBackWeeks: outcome.checkBackWeeks },
          // The oracle is SPEC.md written out by hand: a new option, finding or rule changes it too.
          "the engine (tree.json) and lib/testing/spec-oracle.ts disagree; after a change to SPEC.md, update both",
        ).toEqual({ checkBackWeeks: undefined, ...specOutcome(answers) });
      }),
      fullRuns,
    );
  });

  it("flags a dermatologist exactly for urgent and appointment outcomes", () => {
    fc.assert(
      fc.property(fullAnswers(tree), (answers) => {
        const { outcome } = finish(answers);
        expect(outcome.seeDermatologist).toBe(outcome.urgency === "urgent" || outcome.urgency === "appointment");
      }),
      fullRuns,
    );
  });

  it("any emergency sign gives an emergency, asked on the first screen alone", () => {
    assertChecked(
      fullAnswers(tree),
      (answers) => {
        if (!noneExcept(answers.emergency)) return false;
        const { outcome, path } = finish(answers);
        expect(outcome.urgency).toBe("emergency");
        expect(path).toEqual(["emergency"]);
        return true;
      },
      1 / 20,
    );
  });

  it("each emergency sign alone gives an emergency, decided by its own rule", () => {
    const emergency = tree.questions.find((q) => q.id === tree.roles.emergencyScreen);
    const signs = emergency?.type === "multi" ? emergency.options.filter((o) => o.id !== "none") : [];
    expect(signs.map((o) => o.id)).toEqual([
      "breathing",
      "swelling",
      "sepsis_signs",
      "non_blanching",
      "blisters_sores",
      "fever_low_immunity",
    ]);
    for (const sign of signs) {
      const { outcome, path } = finish({ emergency: [sign.id] } as unknown as FullAnswers);
      expect({ sign: sign.id, urgency: outcome.urgency, path }).toEqual({
        sign: sign.id,
        urgency: "emergency",
        path: ["emergency"],
      });
      expect(outcome.rule).toBe(specSafetyRule({ emergency: [sign.id], warning: [] }));
    }
  });

  it("each warning sign alone gives urgent, decided by its own rule", () => {
    const warning = tree.questions.find((q) => q.id === tree.roles.warningScreen);
    const signs = warning?.type === "multi" ? warning.options.filter((o) => o.id !== "none") : [];
    expect(signs).toHaveLength(9);
    for (const sign of signs) {
      const { outcome, path } = finish({ emergency: ["none"], warning: [sign.id] } as unknown as FullAnswers);
      expect({ sign: sign.id, urgency: outcome.urgency, path }).toEqual({
        sign: sign.id,
        urgency: "urgent",
        path: ["emergency", "warning"],
      });
      expect(outcome.rule).toBe(specSafetyRule({ emergency: ["none"], warning: [sign.id] }));
    }
  });

  it("a safety screen's own rule decides, with its own action, whatever else is ticked", () => {
    assertChecked(
      fullAnswers(tree),
      (answers) => {
        const { outcome } = finish(answers);
        const rule = specSafetyRule(answers);
        if (rule === undefined) return false;
        expect(outcome.rule).toBe(rule);
        const own = tree.rules.find((r) => r.id === rule)?.action;
        expect(outcome.action.text).toBe(own ?? tree.urgencies[outcome.urgency].action);
        return true;
      },
      1 / 10,
    );
  });

  it("any warning sign gives urgent or emergency", () => {
    assertChecked(
      fullAnswers(tree),
      (answers) => {
        if (!noneExcept(answers.warning)) return false;
        expect(["urgent", "emergency"]).toContain(finish(answers).outcome.urgency);
        return true;
      },
      1 / 10,
    );
  });

  it("the emergency screen is always first and the warning screen second", () => {
    fc.assert(
      fc.property(fullAnswers(tree), (answers) => {
        const { path } = finish(answers);
        expect(path[0]).toBe("emergency");
        if (path.length > 1) expect(path[1]).toBe("warning");
      }),
      fullRuns,
    );
  });

  it("getting worse is never self-care", () => {
    assertChecked(
      worseAfterCare,
      (answers) => {
        const { outcome, answers: asked } = finish(answers);
        if (asked[progress] !== "worse") return false;
        expect(outcome.urgency).not.toBe("self_care");
        return true;
      },
      1 / 4,
    );
  });

  it("no improvement at or past the check-back window is never self-care", () => {
    assertChecked(
      sameAfterLongCare,
      (answers) => {
        const { outcome, answers: asked } = finish(answers);
        const window = windows[outcome.finding?.id ?? ""];
        const weeks = asked[careWeeks];
        if (asked[progress] !== "same" || window === undefined || typeof weeks !== "number" || weeks < window) {
          return false;
        }
        expect(outcome.urgency).not.toBe("self_care");
        return true;
      },
      1 / 4,
    );
  });

  it("distress, lost sleep or recurrence is never self-care", () => {
    assertChecked(
      fullAnswers(tree),
      (answers) => {
        if (!(noneExcept(answers.emergency) === false && noneExcept(answers.warning) === false)) return false;
        if (!answers.impact.some((i) => ["distress", "sleep", "recurring"].includes(i))) return false;
        expect(finish(answers).outcome.urgency).not.toBe("self_care");
        return true;
      },
      1 / 10,
    );
  });

  it("every self-care outcome has a check-back window and the sooner-if warning signs to show", () => {
    fc.assert(
      fc.property(fullAnswers(tree), (answers) => {
        const { outcome } = finish(answers);
        if (outcome.urgency === "self_care") {
          expect(outcome.checkBackWeeks).toBeGreaterThanOrEqual(1);
          expect(outcome.guidance.length).toBeGreaterThan(0);
        }
      }),
      fullRuns,
    );
  });

  it("contact dermatitis care never recommends exfoliating acids or scrubs", () => {
    fc.assert(
      fc.property(fullAnswers(tree), (answers) => {
        const { outcome } = finish(answers);
        if (outcome.condition === "contact_dermatitis") {
          expect(outcome.guidance.filter((g) => exfoliantIds.has(g.id))).toEqual([]);
        }
      }),
      fullRuns,
    );
  });

  it("no care step that recommends a retinoid reaches someone pregnant, trying or breastfeeding", () => {
    assertChecked(
      pregnantPastSafety,
      (answers) => {
        const { outcome, answers: asked } = finish(answers);
        if (!Array.isArray(asked.risk) || outcome.guidance.length === 0) return false;
        const recommending = outcome.guidance.filter(
          (g) => g.kind !== "dont" && (g.retinoid === true || namesRetinoid.test(g.text)),
        );
        expect(recommending).toEqual([]);
        return true;
      },
      1 / 20,
    );
  });

  it("folliculitis and heat rash never get a moisturising step", () => {
    assertChecked(
      pimplesOrPricklyPastSafety,
      (answers) => {
        const { outcome } = finish(answers);
        expect(["folliculitis", "heat_rash"]).toContain(outcome.finding?.id);
        if (outcome.guidance.length === 0) return false;
        expect(outcome.guidance.filter((g) => namesMoisturiser.test(g.text)).map((g) => g.id)).toEqual([]);
        return true;
      },
      1 / 4,
    );
  });

  it("a child under 12 never gets acid exfoliants", () => {
    assertChecked(
      fullAnswers(tree),
      (answers) => {
        if (!(answers.age === "under_12")) return false;
        const { outcome } = finish(answers);
        expect(outcome.guidance.filter((g) => exfoliantIds.has(g.id))).toEqual([]);
        return true;
      },
      1 / 10,
    );
  });

  it("every outcome gives its reasons, each tied to a question asked on the path", () => {
    fc.assert(
      fc.property(fullAnswers(tree), (answers) => {
        const { outcome, path } = finish(answers);
        expect(outcome.reasons.length).toBeGreaterThan(0);
        for (const reason of outcome.reasons) expect(path).toContain(reason.question);
      }),
      fullRuns,
    );
  });

  it("every journey ends, answering one question at a time, within the number of questions", () => {
    fc.assert(
      fc.property(fullAnswers(tree), (full) => {
        const given: Record<string, unknown> = {};
        for (let step = 0; step <= tree.questions.length; step++) {
          const result = walk(tree, given as FullAnswers);
          if (result.status === "done") return;
          expect(result.status).toBe("asking");
          if (result.status === "asking") given[result.next.id] = full[result.next.id as keyof FullAnswers];
        }
        throw new Error("journey did not end");
      }),
      runs(1000),
    );
  });
});
