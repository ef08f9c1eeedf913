import { END } from "./end";
import type { Question, Tree } from "./schema";

// The checks of the tree's shape as a whole, for checkTree: the roles the code relies on, the order of the
// safety screens, and a graph every journey can walk to its end.

export function checkRoles(tree: Tree, questions: Map<string, Question>): string[] {
  const problems: string[] = [];
  const { roles } = tree;
  const expectType = (role: string, id: string, type: Question["type"]) => {
    const question = questions.get(id);
    if (!question) problems.push(`roles.${role}: unknown question '${id}'`);
    else if (question.type !== type) problems.push(`roles.${role}: question '${id}' must be a ${type} question`);
  };
  expectType("careWeeks", roles.careWeeks, "number");
  expectType("homeCareProgress", roles.homeCareProgress, "single");
  expectType("ageBand", roles.ageBand, "single");
  for (const id of roles.askedAgainOnRecheck) {
    if (!questions.has(id)) problems.push(`roles.askedAgainOnRecheck: unknown question '${id}'`);
  }
  for (const screen of [roles.emergencyScreen, roles.warningScreen]) {
    if (!roles.askedAgainOnRecheck.includes(screen)) {
      problems.push(`roles.askedAgainOnRecheck: must include the safety screen '${screen}'`);
    }
  }
  return problems;
}

export function checkSafetyOrder(tree: Tree, questions: Map<string, Question>): string[] {
  const problems: string[] = [];
  const { emergencyScreen, warningScreen } = tree.roles;
  if (tree.start !== emergencyScreen) {
    problems.push(`start: the journey must start with the emergency screen '${emergencyScreen}', not '${tree.start}'`);
  }
  if (!questions.has(tree.start)) problems.push(`start: unknown question '${tree.start}'`);
  for (const [role, screen, expectedNext] of [
    ["emergencyScreen", emergencyScreen, warningScreen],
    ["warningScreen", warningScreen, undefined],
  ] as const) {
    const question = questions.get(screen);
    if (!question) {
      problems.push(`roles.${role}: the safety screen '${screen}' is missing`);
      continue;
    }
    if (question.type !== "multi" || question.exclusiveNone === undefined) {
      problems.push(
        `question '${screen}': a safety screen must be a multi-choice question with an exclusive 'none of these'`,
      );
    }
    if (expectedNext) {
      const stray = question.next.find((r) => r.goto !== END && r.goto !== expectedNext);
      if (stray) problems.push(`question '${screen}': must be followed by '${expectedNext}', not '${stray.goto}'`);
    }
  }
  return problems;
}

export function checkGraph(tree: Tree, questions: Map<string, Question>): string[] {
  const problems: string[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (id: string, trail: string[]): void => {
    const question = questions.get(id);
    if (!question || state.get(id) === "done") return;
    if (state.get(id) === "visiting") {
      const loop = [...trail.slice(trail.indexOf(id)), id].join(" → ");
      problems.push(`question '${id}': is part of a cycle (${loop})`);
      return;
    }
    state.set(id, "visiting");
    for (const route of question.next) {
      if (route.goto !== END && route.goto !== id) visit(route.goto, [...trail, id]);
    }
    state.set(id, "done");
  };
  visit(tree.start, []);
  for (const question of tree.questions) {
    if (!state.has(question.id)) problems.push(`question '${question.id}': cannot be reached from '${tree.start}'`);
  }
  return problems;
}
