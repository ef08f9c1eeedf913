import { END } from "./end";
import { leaves } from "./predicates";
import type { Predicate, Question, Tree } from "./schema";

/**
 * Checks a schema-valid tree for what a schema cannot see: duplicate ids, dangling references, cycles,
 * unreachable questions, journeys that cannot end, the roles the code relies on, and the safety order of the
 * first two screens.
 * Returns one plain sentence per problem, each naming the node.
 */
export function checkTree(tree: Tree): string[] {
  const problems: string[] = [];
  const questions = new Map(tree.questions.map((q) => [q.id, q]));
  const findingIds = new Set(tree.findings.map((f) => f.id));
  const ruleIds = new Set(tree.rules.map((r) => r.id));
  const sourceIds = new Set(tree.sources.map((s) => s.id));

  reportDuplicates(
    problems,
    "question",
    tree.questions.map((q) => q.id),
  );
  reportDuplicates(
    problems,
    "finding",
    tree.findings.map((f) => f.id),
  );
  reportDuplicates(
    problems,
    "rule",
    tree.rules.map((r) => r.id),
  );
  reportDuplicates(
    problems,
    "guidance item",
    tree.guidance.map((g) => g.id),
  );
  reportDuplicates(
    problems,
    "source",
    tree.sources.map((s) => s.id),
  );
  for (const q of tree.questions) {
    if (q.type !== "number")
      reportDuplicates(
        problems,
        `question '${q.id}': option`,
        q.options.map((o) => o.id),
      );
  }

  const citeCheck = (owner: string, ids: readonly string[] | undefined) => {
    for (const sourceId of ids ?? []) {
      if (!sourceIds.has(sourceId)) problems.push(`${owner}: cites unknown source '${sourceId}'`);
    }
  };

  const predicateCheck = (owner: string, predicate: Predicate, allowed: { findings: boolean; rules: boolean }) => {
    for (const leaf of leaves(predicate)) {
      if ("finding" in leaf) {
        if (!allowed.findings) problems.push(`${owner}: may not refer to finding '${leaf.finding}'`);
        else if (!findingIds.has(leaf.finding)) problems.push(`${owner}: refers to unknown finding '${leaf.finding}'`);
        continue;
      }
      if ("rule" in leaf) {
        if (!allowed.rules) problems.push(`${owner}: may not refer to rule '${leaf.rule}'`);
        else if (!ruleIds.has(leaf.rule)) problems.push(`${owner}: refers to unknown rule '${leaf.rule}'`);
        continue;
      }
      if (!("question" in leaf)) continue;
      const target = questions.get(leaf.question);
      if (!target) {
        problems.push(`${owner}: refers to unknown question '${leaf.question}'`);
        continue;
      }
      const problem = atomProblem(leaf, target);
      if (problem) problems.push(`${owner}: ${problem}`);
    }
  };

  for (const q of tree.questions) {
    const owner = `question '${q.id}'`;
    citeCheck(owner, q.sources);
    if (q.type === "multi" && q.exclusiveNone !== undefined && !q.options.some((o) => o.id === q.exclusiveNone)) {
      problems.push(`${owner}: exclusiveNone names '${q.exclusiveNone}', which is not one of its options`);
    }
    if (q.type === "number" && q.min > q.max) problems.push(`${owner}: min ${q.min} is above max ${q.max}`);
    q.next.forEach((route, index) => {
      const where = `${owner}: route ${index + 1}`;
      if (route.goto !== END && !questions.has(route.goto)) {
        problems.push(`${where} goes to unknown question '${route.goto}'`);
      }
      if (route.goto === q.id) problems.push(`${where} goes back to the same question`);
      if (route.when) predicateCheck(where, route.when, { findings: true, rules: true });
      if (!route.when && index < q.next.length - 1) {
        problems.push(`${where} has no condition, so the routes after it can never be taken`);
      }
    });
    const last = q.next[q.next.length - 1];
    if (last?.when) problems.push(`${owner}: the last route needs no condition, or some journeys never end`);
  }

  for (const finding of tree.findings) {
    const owner = `finding '${finding.id}'`;
    citeCheck(owner, finding.sources);
    citeCheck(owner, finding.checkBack?.sources);
    predicateCheck(owner, finding.when, { findings: false, rules: false });
    if (finding.condition !== "unclear" && !finding.checkBack) {
      problems.push(`${owner}: needs a checkBack window, because ${finding.condition} can end in self-care`);
    }
  }
  for (const rule of tree.rules) {
    const owner = `rule '${rule.id}'`;
    citeCheck(owner, rule.sources);
    predicateCheck(owner, rule.when, { findings: true, rules: false });
  }
  for (const [urgency, texts] of Object.entries(tree.urgencies)) citeCheck(`urgency '${urgency}'`, texts.sources);
  for (const item of tree.guidance) {
    const owner = `guidance '${item.id}'`;
    citeCheck(owner, item.sources);
    if (item.when) predicateCheck(owner, item.when, { findings: false, rules: false });
    for (const findingId of item.for) {
      if (!findingIds.has(findingId)) problems.push(`${owner}: is for unknown finding '${findingId}'`);
    }
  }

  citeCheck("emergencyAdvice", tree.emergencyAdvice.sources);
  problems.push(...checkRoles(tree, questions));
  problems.push(...checkSafetyOrder(tree, questions));
  problems.push(...checkGraph(tree, questions));
  return problems;
}

function reportDuplicates(problems: string[], kind: string, ids: string[]) {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) problems.push(`${kind} '${id}' is defined more than once`);
    seen.add(id);
  }
}

function atomProblem(atom: Extract<Predicate, { question: string }>, target: Question): string | undefined {
  const operator = "equals" in atom ? "equals" : "includes" in atom ? "includes" : "atLeast";
  const expectedType = { equals: "single", includes: "multi", atLeast: "number" }[operator];
  if (target.type !== expectedType) {
    return `uses '${operator}' on question '${target.id}', which is a ${target.type} question`;
  }
  const value = "equals" in atom ? atom.equals : "includes" in atom ? atom.includes : undefined;
  if (value !== undefined && target.type !== "number" && !target.options.some((o) => o.id === value)) {
    return `refers to unknown option '${value}' of question '${target.id}'`;
  }
  return undefined;
}

function checkRoles(tree: Tree, questions: Map<string, Question>): string[] {
  const problems: string[] = [];
  const { roles } = tree;
  const expectType = (role: string, id: string, type: Question["type"]) => {
    const question = questions.get(id);
    if (!question) problems.push(`roles.${role}: unknown question '${id}'`);
    else if (question.type !== type) problems.push(`roles.${role}: question '${id}' must be a ${type} question`);
  };
  expectType("careWeeks", roles.careWeeks, "number");
  expectType("homeCareProgress", roles.homeCareProgress, "single");
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

function checkSafetyOrder(tree: Tree, questions: Map<string, Question>): string[] {
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

function checkGraph(tree: Tree, questions: Map<string, Question>): string[] {
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
