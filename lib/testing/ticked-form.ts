import type { Answers } from "../journey/answers";
import { inputId, type OnePagePlan } from "../one-page/compile";
import type { Formula } from "../one-page/formula";
import type { Tree } from "../tree/schema";

/** The boxes ticked on the one-page form: each input's id and its name (its question). */
export type TickedForm = { id: string; name: string }[];

/** Answers as boxes ticked on the one-page form; a number falls into its band's radio (the band's lowest number). */
export function tickedFor(tree: Tree, plan: OnePagePlan, answers: Answers): TickedForm {
  return tree.questions.flatMap((question) => {
    const value = answers[question.id];
    if (value === undefined) return [];
    if (question.type === "number") {
      const band = (plan.bands[question.id] ?? []).filter((b) => b <= Number(value)).at(-1);
      return band === undefined ? [] : [{ id: inputId(question.id, band), name: question.id }];
    }
    return (Array.isArray(value) ? value : [value]).map((option) => ({
      id: inputId(question.id, String(option)),
      name: question.id,
    }));
  });
}

/** The answers the ticked boxes give the engine, as the form's fields read (a band's radio gives its number). */
export function answersOf(tree: Tree, plan: OnePagePlan, ticked: TickedForm): Answers {
  const answers: Record<string, Answers[string]> = {};
  for (const question of tree.questions) {
    const mine = ticked.filter((box) => box.name === question.id).map((box) => box.id.slice(question.id.length + 1));
    if (mine.length === 0) continue;
    answers[question.id] =
      question.type === "multi" ? mine : question.type === "number" ? Number(mine[0]) : (mine[0] ?? "");
  }
  return answers;
}

/** Whether a compiled condition holds for these boxes: what the browser decides when it matches the CSS. */
export function holdsOn(formula: Formula, ticked: TickedForm): boolean {
  if (typeof formula === "boolean") return formula;
  if ("and" in formula) return formula.and.every((part) => holdsOn(part, ticked));
  if ("or" in formula) return formula.or.some((part) => holdsOn(part, ticked));
  if ("not" in formula) return !holdsOn(formula.not, ticked);
  const { atom } = formula;
  if ("checked" in atom) return ticked.some((box) => box.id === atom.checked);
  return ticked.some((box) => box.name === atom.answered && box.id !== atom.except);
}
