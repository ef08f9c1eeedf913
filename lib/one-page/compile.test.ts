import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { walk } from "../journey/walk";
import { fullAnswers } from "../testing/arbitraries";
import { loadCases } from "../testing/cases";
import { runs } from "../testing/runs";
import { answersOf, holdsOn, tickedFor, type TickedForm } from "../testing/ticked-form";
import { tree } from "../tree/load";
import { safetyScreens } from "../tree/roles";
import { bandsOf, compileOnePage, inputId } from "./compile";

const plan = compileOnePage(tree);
const screens = new Set(safetyScreens(tree).map((q) => q.id));

/** What the engine would show for these ticked boxes, and what the compiled conditions show. */
function compare(ticked: TickedForm) {
  const answers = answersOf(tree, plan, ticked);
  const result = walk(tree, answers);
  const asked = new Set(result.path);
  if (result.status === "asking") asked.add(result.next.id);
  if (result.status === "invalid") asked.add(result.error.question);
  const safe = result.status === "done" && screens.has(result.path.at(-1) ?? "");
  const offPath = Object.keys(answers).filter((id) => !result.path.includes(id));
  const done = result.status === "done" && (safe || offPath.length === 0);
  const engine = {
    asked: tree.questions.filter((q) => asked.has(q.id)).map((q) => q.id),
    safe,
    done,
    verdict:
      done && result.status === "done"
        ? result.outcome.finding
          ? `${result.outcome.rule}.${result.outcome.finding.id}`
          : result.outcome.rule
        : null,
    guidance: done && result.status === "done" ? result.outcome.guidance.map((g) => g.id) : [],
    invalid: result.status === "invalid" ? [result.error.question] : [],
  };
  const showing = done ? plan.verdicts.filter((v) => holdsOn(v.when, ticked)) : [];
  const shown = showing[0];
  const finding = shown?.finding;
  const guidanceShown =
    shown && finding && (shown.urgency === "self_care" || shown.urgency === "appointment")
      ? tree.guidance.filter((g) => g.for.includes(finding.id) && holdsOn(plan.guidance[g.id] ?? false, ticked))
      : [];
  const compiled = {
    asked: tree.questions.filter((q) => holdsOn(plan.reached[q.id] ?? false, ticked)).map((q) => q.id),
    safe: holdsOn(plan.safe, ticked),
    done: holdsOn(plan.done, ticked),
    verdict:
      showing.length === 1 ? (shown?.id ?? null) : showing.length === 0 ? null : showing.map((v) => v.id).join(" and "),
    guidance: guidanceShown.map((g) => g.id),
    invalid: tree.questions
      .filter((q) => asked.has(q.id) && holdsOn(plan.invalid[q.id] ?? false, ticked))
      .map((q) => q.id),
  };
  return { engine, compiled };
}

/** Some of a full answer set's boxes: a check half done, or with answers left from a changed route. */
const someTicked = fc
  .tuple(
    fullAnswers(tree),
    fc.array(fc.boolean(), { minLength: tree.questions.length, maxLength: tree.questions.length }),
  )
  .map(([answers, keep]) =>
    tickedFor(tree, plan, Object.fromEntries(Object.entries(answers).filter((_, i) => keep[i] !== false))),
  );

describe("the one-page check's compiled conditions", () => {
  it("show, for every case, the questions the engine asks and the outcome it gives", () => {
    for (const c of loadCases()) {
      const ticked = tickedFor(tree, plan, c.answers);
      const { engine, compiled } = compare(ticked);
      expect(compiled, c.id).toEqual(engine);
      expect(engine.done, c.id).toBe(true);
      // Every step of the way, too: the boxes of the questions answered so far.
      const path = walk(tree, c.answers).path;
      for (let step = 0; step < path.length; step++) {
        const sofar = ticked.filter((box) => path.slice(0, step).includes(box.name));
        const now = compare(sofar);
        expect(now.compiled, `${c.id}, step ${step}`).toEqual(now.engine);
      }
    }
  });

  it("agree with the engine on random complete answers", () => {
    fc.assert(
      fc.property(fullAnswers(tree), (answers) => {
        const { engine, compiled } = compare(tickedFor(tree, plan, answers));
        expect(compiled).toEqual(engine);
      }),
      runs(1000),
    );
  });

  it("agree with the engine on half-done checks and answers left on questions no longer asked", () => {
    fc.assert(
      fc.property(someTicked, (ticked) => {
        const { engine, compiled } = compare(ticked);
        expect(compiled).toEqual(engine);
      }),
      runs(2000),
    );
  });

  it("agree with the engine when 'none' is ticked with a sign", () => {
    fc.assert(
      fc.property(
        someTicked,
        fc.constantFrom(...tree.questions.filter((q) => q.type === "multi" && q.exclusiveNone)),
        (ticked, q) => {
          if (q.type !== "multi" || !q.exclusiveNone) return;
          const other = q.options.find((o) => o.id !== q.exclusiveNone)!;
          const withBoth = [
            ...ticked.filter((box) => box.name !== q.id),
            { id: inputId(q.id, q.exclusiveNone), name: q.id },
            { id: inputId(q.id, other.id), name: q.id },
          ];
          const { engine, compiled } = compare(withBoth);
          expect(compiled).toEqual(engine);
        },
      ),
      runs(500),
    );
  });
});

describe("the number question's bands", () => {
  it("start at its lowest value and at every threshold the tree compares it with", () => {
    const windows = tree.findings.flatMap((f) => (f.checkBack ? [f.checkBack.weeks] : []));
    const careWeeks = bandsOf(tree)[tree.roles.careWeeks] ?? [];
    expect(careWeeks[0]).toBe(0);
    for (const weeks of [1, ...windows]) expect(careWeeks).toContain(weeks);
    expect(careWeeks).toEqual([...careWeeks].sort((a, b) => a - b));
  });
});
