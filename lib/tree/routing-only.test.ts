import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pageAfter, previousQuestion, questionNumber, redirectFor } from "../journey/navigation";
import type { Outcome } from "../journey/outcome";
import { walk } from "../journey/walk";
import { fullAnswers } from "../testing/arbitraries";
import { tree } from "./load";
import { questionnaireOnly, routingOnly } from "./routing-only";
import { runs } from "../testing/runs";
import { treeWords } from "./words";

// Made inside each test, so that mutation testing sees which tests exercise it.
const routingTree = () => routingOnly(tree);
const ids = tree.questions.map((q) => q.id);

/** A journey in progress: random valid answers with a random set of them not given yet. */
const partialAnswers = fc
  .tuple(fullAnswers(tree), fc.subarray(ids))
  .map(([answers, unanswered]) =>
    Object.fromEntries(Object.entries(answers).filter(([id]) => !unanswered.includes(id))),
  );

const decision = ({ urgency, condition, seeDermatologist, rule, checkBackWeeks }: Outcome) => ({
  urgency,
  condition,
  seeDermatologist,
  rule,
  checkBackWeeks,
});

describe("routingOnly", () => {
  it("leads every journey, finished or not, exactly where the whole tree does", () => {
    const routing = routingTree();
    fc.assert(
      fc.property(partialAnswers, fc.constantFrom(...ids), fc.boolean(), (answers, questionId, changing) => {
        const full = walk(tree, answers);
        const light = walk(routing, answers);
        expect(light.status).toBe(full.status);
        expect(light.path).toEqual(full.path);
        if (full.status === "done" && light.status === "done") {
          expect(decision(light.outcome)).toEqual(decision(full.outcome));
        }
        const page = { kind: "question", id: questionId } as const;
        expect(pageAfter(light, questionId, changing)).toEqual(pageAfter(full, questionId, changing));
        expect(redirectFor(light, page)).toEqual(redirectFor(full, page));
        expect(questionNumber(light, questionId)).toBe(questionNumber(full, questionId));
        expect(previousQuestion(light, questionId)).toBe(previousQuestion(full, questionId));
      }),
      runs(2000),
    );
  });

  it("carries no words for people and is less than half the size of the tree", () => {
    const routing = routingTree();
    const json = JSON.stringify(routing).toLowerCase();
    const whole = JSON.stringify(tree).toLowerCase();
    for (const words of ["keratosis pilaris", "dermatologist", "https://", "trouble breathing"]) {
      expect(whole).toContain(words);
      expect(json).not.toContain(words);
    }
    expect(json.length).toBeLessThan(whole.length / 2);
    const words = treeWords(routing);
    expect(Object.keys(words)).not.toHaveLength(0);
    expect(Object.entries(words).filter(([, text]) => text !== "")).toEqual([]);
    // No source list anywhere, and the logic untouched: the same questions, routes and rules.
    expect(json).not.toMatch(/"sources":\[[^\]]/);
    expect(routing.questions.map((q) => [q.id, q.type, q.next])).toEqual(
      tree.questions.map((q) => [q.id, q.type, q.next]),
    );
    expect(routing.rules.map((r) => [r.id, r.urgency, r.when])).toEqual(
      tree.rules.map((r) => [r.id, r.urgency, r.when]),
    );
  });
});

describe("questionnaireOnly", () => {
  const questionnaire = questionnaireOnly(tree);

  it("keeps what a question page shows and the sources it cites, and no other words", () => {
    const shown = (questions: typeof tree.questions) =>
      questions.map((q) => ({
        id: q.id,
        title: q.title,
        hint: q.hint,
        error: q.error,
        short: q.short,
        next: q.next,
        options:
          q.type === "number"
            ? [q.min, q.max, q.unit, q.statement]
            : q.options.map((o) => [o.id, o.label, o.hint, o.picture]),
      }));
    expect(shown(questionnaire.tree.questions)).toEqual(shown(tree.questions));
    expect(questionnaire.tree.questions.every((q) => q.clinical === "")).toBe(true);
    const statements = questionnaire.tree.questions.flatMap((q) =>
      q.type === "number" ? [] : q.options.map((o) => o.statement),
    );
    expect(statements.every((statement) => statement === "")).toBe(true);
    const cited = new Set(tree.questions.flatMap((q) => q.sources ?? []));
    expect(questionnaire.sources.map((s) => s.id).sort()).toEqual([...cited].sort());
    expect(questionnaire.tree.guidance).toEqual([]);
    expect(questionnaire.tree.findings.every((finding) => finding.name === "" && finding.summary === "")).toBe(true);
  });
});
