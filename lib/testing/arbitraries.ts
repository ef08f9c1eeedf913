import fc from "fast-check";
import type { Question, Tree } from "../tree/schema";
import type { FullAnswers } from "./spec-oracle";

/** A valid answer for one question; multi-choice with an exclusive none is either ["none"] or other options. */
export function answerFor(question: Question, noneWeight = 1): fc.Arbitrary<string | string[] | number> {
  if (question.type === "number") {
    return fc.oneof(fc.integer({ min: question.min, max: 8 }), fc.integer({ min: question.min, max: question.max }));
  }
  const ids = question.options.map((o) => o.id);
  if (question.type === "single") return fc.constantFrom(...ids);
  const others = ids.filter((id) => id !== "none");
  const some = fc.subarray(others, { minLength: 1 });
  if (!question.exclusiveNone) return some;
  return fc.oneof({ arbitrary: fc.constant<string[]>(["none"]), weight: noneWeight }, { arbitrary: some, weight: 1 });
}

/**
 * Every question answered with a valid random value. Safety screens lean towards "none" so that most
 * generated journeys get past them and exercise the rest of the tree.
 */
export function fullAnswers(tree: Tree): fc.Arbitrary<FullAnswers> {
  const record: Record<string, fc.Arbitrary<string | string[] | number>> = {};
  for (const question of tree.questions) {
    const { emergencyScreen, warningScreen } = tree.roles;
    const noneWeight = question.id === emergencyScreen ? 8 : question.id === warningScreen ? 5 : 2;
    record[question.id] = answerFor(question, noneWeight);
  }
  // The record's keys are exactly the tree's question ids, which the tree tests pin to the fixed ids of
  // docs/clinical-rules.md.
  return fc.record(record) as unknown as fc.Arbitrary<FullAnswers>;
}

/** Complete answer sets past both safety screens, for properties about what comes after them. */
export function pastSafetyScreens(tree: Tree): fc.Arbitrary<FullAnswers> {
  const { emergencyScreen, warningScreen } = tree.roles;
  return fullAnswers(tree).map((answers) => ({ ...answers, [emergencyScreen]: ["none"], [warningScreen]: ["none"] }));
}
