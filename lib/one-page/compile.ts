import { walk } from "../journey/walk";
import type { Answers } from "../journey/answers";
import { END } from "../tree/end";
import { safetyScreens } from "../tree/roles";
import type { Finding, Predicate, Question, Rule, Tree, Urgency } from "../tree/schema";
import { and, answered, checked, not, or, type Formula } from "./formula";

/**
 * The tree compiled for the one-page check (docs/one-page-check.md): every condition the engine decides with,
 * as a Formula over the boxes ticked on one form, for the CSS to show exactly what the engine would show.
 *
 * The engine reads only the answers on its path, and decides each route with the answers given so far. Here
 * every box stays ticked, so each condition is written for one way through the tree at a time: along a path,
 * a test on a question that is not on it (or not yet) is false. A question is reached when the answers follow
 * one of the paths that lead to it; the check is complete when they follow one to the end.
 */
export type OnePagePlan = {
  /** Each number question's radios: the lowest whole number of each band that every threshold falls between. */
  bands: Record<string, number[]>;
  /** The engine would ask this question (it is on its path, answered or not). */
  reached: Record<string, Formula>;
  /** A question's boxes cannot go together (an exclusive option with another): the form's message shows, the path stops. */
  invalid: Record<string, Formula>;
  /** A safety screen ended the check: its advice shows at once, and nothing after it. */
  safe: Formula;
  /** The answers follow a path to the end, whatever else is ticked. */
  complete: Formula;
  /** Complete, with no box ticked on a question the engine did not ask (or stopped at a safety screen). */
  done: Formula;
  /** Every outcome the engine gives, each with when the answers lead to it (shown only when `done`). */
  verdicts: Verdict[];
  /** When each care step of a showing outcome applies. */
  guidance: Record<string, Formula>;
};

export type Verdict = {
  id: string;
  urgency: Urgency;
  condition: string;
  /** The deciding rule's id, or "self-care", as the engine names it. */
  rule: string;
  ruleOf?: Rule;
  finding?: Finding;
  when: Formula;
  /** The inputs whose statements are the person's reasons, when ticked ("You told us…"). */
  reasons: string[];
};

export const inputId = (question: string, option: string | number) => `${question}-${option}`;

type Scope = ReadonlySet<string> | "all";

class Compiler {
  constructor(
    readonly tree: Tree,
    readonly bands: Record<string, number[]>,
  ) {}

  /**
   * A predicate over the answers of the questions in `scope` (every question's, inside a showing outcome).
   * Given the finding the answers match, a test of which finding they match is a constant.
   */
  predicate(p: Predicate, scope: Scope, matched?: Finding): Formula {
    const inner = (part: Predicate) => this.predicate(part, scope, matched);
    if ("all" in p) return and(...p.all.map(inner));
    if ("any" in p) return or(...p.any.map(inner));
    if ("not" in p) return not(inner(p.not));
    if ("rule" in p) return inner(this.ruleById(p.rule).when);
    if ("finding" in p) return matched ? matched.id === p.finding : this.findingIs(this.findingById(p.finding), scope);
    if (scope !== "all" && !scope.has(p.question)) return false;
    if ("equals" in p) return checked(inputId(p.question, p.equals));
    if ("includes" in p) return checked(inputId(p.question, p.includes));
    if (p.atLeast !== "check-back") return this.atLeast(p.question, p.atLeast);
    // The window is the matched finding's (clinical rules §3).
    if (matched) return matched.checkBack ? this.atLeast(p.question, matched.checkBack.weeks) : false;
    return or(
      ...this.tree.findings.map((finding) =>
        finding.checkBack
          ? and(this.findingIs(finding, scope), this.atLeast(p.question, finding.checkBack.weeks))
          : false,
      ),
    );
  }

  atLeast(question: string, threshold: number): Formula {
    return or(...(this.bands[question] ?? []).filter((b) => b >= threshold).map((b) => checked(inputId(question, b))));
  }

  /** The answers look most like this finding: its criteria hold and no earlier finding's do. */
  findingIs(finding: Finding, scope: Scope): Formula {
    const index = this.tree.findings.indexOf(finding);
    const earlier = this.tree.findings.slice(0, index).map((f) => not(this.predicate(f.when, scope)));
    return and(...earlier, this.predicate(finding.when, scope));
  }

  /**
   * This rule decides: it holds and no earlier rule does (first match wins); with no rule, self-care. Rules in
   * `ruledOut` are known not to hold (the safety screens' rules, once the check went past them).
   */
  ruleIs(rule: Rule | undefined, scope: Scope, matched?: Finding, ruledOut: ReadonlySet<string> = new Set()): Formula {
    const index = rule ? this.tree.rules.indexOf(rule) : this.tree.rules.length;
    const earlier = this.tree.rules
      .slice(0, index)
      .filter((r) => !ruledOut.has(r.id))
      .map((r) => not(this.predicate(r.when, scope, matched)));
    return and(...earlier, rule ? this.predicate(rule.when, scope, matched) : true);
  }

  /** An answer the engine accepts: a box ticked, and never an exclusive option with another box. */
  validAnswer(question: Question): Formula {
    return and(answered(question.id), not(this.invalid(question)));
  }

  invalid(question: Question): Formula {
    if (question.type !== "multi" || !question.exclusiveNone) return false;
    const none = inputId(question.id, question.exclusiveNone);
    return and(checked(none), answered(question.id, none));
  }

  ruleById(id: string): Rule {
    const rule = this.tree.rules.find((r) => r.id === id);
    if (!rule) throw new Error(`one-page: no rule '${id}'`);
    return rule;
  }

  findingById(id: string): Finding {
    const finding = this.tree.findings.find((f) => f.id === id);
    if (!finding) throw new Error(`one-page: no finding '${id}'`);
    return finding;
  }

  question(id: string): Question {
    const question = this.tree.questions.find((q) => q.id === id);
    if (!question) throw new Error(`one-page: no question '${id}'`);
    return question;
  }
}

export function compileOnePage(tree: Tree): OnePagePlan {
  const bands = bandsOf(tree);
  const c = new Compiler(tree, bands);
  const screens = new Set(safetyScreens(tree).map((q) => q.id));
  const after = descendants(tree);

  /**
   * The condition for the answers to follow the tree from `question` (reached along `before`) to an end where
   * `atEnd` holds, or to a question where `reach` holds: each route is taken only when the routes above it do
   * not hold, and is tested on the answers of the path so far. Written branch by branch, so that what two
   * ways share is said once.
   */
  const below = (
    question: Question,
    before: readonly string[],
    atEnd: (path: readonly string[]) => Formula,
    reach?: string,
  ): Formula => {
    if (question.id === reach) return true;
    const path = [...before, question.id];
    const scope = new Set(path);
    let earlierRoutes: Formula = true;
    const ways: Formula[] = [];
    for (const route of question.next) {
      const holds = route.when ? c.predicate(route.when, scope) : true;
      const taken = and(c.validAnswer(question), earlierRoutes, holds);
      earlierRoutes = and(earlierRoutes, not(holds));
      if (taken === false) continue;
      if (route.goto === END) ways.push(and(taken, atEnd(path)));
      else if (reach === undefined || route.goto === reach || after.get(route.goto)?.has(reach))
        ways.push(and(taken, below(c.question(route.goto), path, atEnd, reach)));
    }
    return or(...ways);
  };
  const first = c.question(tree.start);
  const fromStart = (atEnd: (path: readonly string[]) => Formula, reach?: string) => below(first, [], atEnd, reach);

  const stoppedAtScreen = (path: readonly string[]) => screens.has(path.at(-1) ?? "");
  const safe = fromStart((path) => stoppedAtScreen(path));
  const nothingElse = (path: readonly string[]) =>
    and(...tree.questions.filter((q) => !path.includes(q.id)).map((q) => not(answered(q.id))));
  const done = fromStart((path) => (stoppedAtScreen(path) ? true : nothingElse(path)));

  // Past the safety screens, none of their rules holds: each sent the check to an end if it did.
  const screenRules = new Set(
    safetyScreens(tree).flatMap((screen) =>
      screen.next.flatMap((route) => (route.goto === END && route.when ? rulesNamedIn(route.when) : [])),
    ),
  );
  const verdicts = possibleVerdicts(tree, bands).map((verdict): Verdict => {
    const { ruleOf, finding } = verdict;
    // Without a safety stop, a showing outcome means every ticked box is on the path: plain tests are exact.
    const plain = and(
      not(safe),
      c.ruleIs(ruleOf, "all", finding, screenRules),
      finding ? c.findingIs(finding, "all") : true,
    );
    const atStop = finding
      ? false
      : fromStart((path) => (stoppedAtScreen(path) ? c.ruleIs(ruleOf, new Set(path)) : false));
    return { ...verdict, when: or(plain, atStop), reasons: reasonInputs(c, verdict) };
  });

  return {
    bands,
    reached: Object.fromEntries(tree.questions.map((q) => [q.id, fromStart(() => false, q.id)])),
    invalid: Object.fromEntries(tree.questions.map((q) => [q.id, c.invalid(q)])),
    safe,
    complete: fromStart(() => true),
    done,
    verdicts,
    guidance: Object.fromEntries(tree.guidance.map((g) => [g.id, g.when ? c.predicate(g.when, "all") : true])),
  };
}

function rulesNamedIn(p: Predicate): string[] {
  if ("all" in p) return p.all.flatMap(rulesNamedIn);
  if ("any" in p) return p.any.flatMap(rulesNamedIn);
  if ("not" in p) return [];
  return "rule" in p ? [p.rule] : [];
}

/** For each question, the questions that can come after it. */
function descendants(tree: Tree): Map<string, Set<string>> {
  const memo = new Map<string, Set<string>>();
  const visit = (id: string): Set<string> => {
    const known = memo.get(id);
    if (known) return known;
    const all = new Set<string>();
    memo.set(id, all);
    for (const route of tree.questions.find((q) => q.id === id)?.next ?? []) {
      if (route.goto === END) continue;
      all.add(route.goto);
      for (const further of visit(route.goto)) all.add(further);
    }
    return all;
  };
  return new Map(tree.questions.map((q) => [q.id, visit(q.id)]));
}

/**
 * The radios of a number question: one band from each threshold the tree compares it with (and its lowest
 * value) to the next, so that every test gives the engine's answer for any number in the band.
 */
export function bandsOf(tree: Tree): Record<string, number[]> {
  const thresholds = new Map<string, Set<number>>();
  const note = (question: string, value: number) =>
    thresholds.set(question, (thresholds.get(question) ?? new Set()).add(value));
  const windows = tree.findings.flatMap((f) => (f.checkBack ? [f.checkBack.weeks] : []));
  const visit = (p: Predicate | undefined) => {
    if (!p) return;
    if ("all" in p) p.all.forEach(visit);
    else if ("any" in p) p.any.forEach(visit);
    else if ("not" in p) visit(p.not);
    else if ("atLeast" in p) (p.atLeast === "check-back" ? windows : [p.atLeast]).forEach((v) => note(p.question, v));
  };
  for (const q of tree.questions) q.next.forEach((route) => visit(route.when));
  [...tree.findings, ...tree.rules, ...tree.guidance].forEach((item) => visit(item.when));
  return Object.fromEntries(
    tree.questions.flatMap((q) =>
      q.type === "number"
        ? [
            [
              q.id,
              [...new Set([q.min, ...(thresholds.get(q.id) ?? [])])]
                .filter((v) => v >= q.min && v <= q.max)
                .sort((a, b) => a - b),
            ],
          ]
        : [],
    ),
  );
}

type VerdictHead = Omit<Verdict, "when" | "reasons">;

/**
 * The outcomes the engine can give, found by walking it over many seeded answer sets (the same every build):
 * the unit tests check, over other answer sets, that each outcome the engine gives is among them.
 */
function possibleVerdicts(tree: Tree, bands: Record<string, number[]>): VerdictHead[] {
  const found = new Map<string, VerdictHead>();
  const random = seeded(20261202);
  const screens = new Set(safetyScreens(tree).map((q) => q.id));
  for (let i = 0; i < 40_000; i++) {
    const answers: Record<string, Answers[string]> = {};
    for (const q of tree.questions) {
      if (q.type === "number") {
        const choices = bands[q.id] ?? [q.min];
        answers[q.id] = choices[Math.floor(random() * choices.length)] ?? q.min;
      } else if (q.type === "single") {
        answers[q.id] = q.options[Math.floor(random() * q.options.length)]?.id ?? "";
      } else {
        const none = q.exclusiveNone;
        const others = q.options.filter((o) => o.id !== none);
        const ticked = others.filter(() => random() < 1.5 / others.length).map((o) => o.id);
        answers[q.id] =
          none && (ticked.length === 0 || (screens.has(q.id) ? random() < 0.8 : random() < 0.3))
            ? [none]
            : ticked.length > 0
              ? ticked
              : [others[0]?.id ?? ""];
      }
    }
    const result = walk(tree, answers);
    if (result.status !== "done") continue;
    const { outcome } = result;
    const ruleOf = tree.rules.find((r) => r.id === outcome.rule);
    const id = outcome.finding ? `${outcome.rule}.${outcome.finding.id}` : outcome.rule;
    if (!found.has(id)) {
      found.set(id, {
        id,
        urgency: outcome.urgency,
        condition: outcome.condition,
        rule: outcome.rule,
        ruleOf,
        finding: outcome.finding,
      });
    }
  }
  return [...found.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** A small seeded random number generator (mulberry32): the same numbers on every machine and build. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The inputs that, ticked, made the outcome's finding or rule hold: the engine's evidence (never under "not"). */
function reasonInputs(c: Compiler, verdict: VerdictHead): string[] {
  const inputs: string[] = [];
  const visit = (p: Predicate) => {
    if ("all" in p) p.all.forEach(visit);
    else if ("any" in p) p.any.forEach(visit);
    else if ("not" in p) return;
    else if ("rule" in p) visit(c.ruleById(p.rule).when);
    else if ("finding" in p) visit(c.findingById(p.finding).when);
    else if ("equals" in p) inputs.push(inputId(p.question, p.equals));
    else if ("includes" in p) inputs.push(inputId(p.question, p.includes));
    else {
      const threshold = p.atLeast === "check-back" ? verdict.finding?.checkBack?.weeks : p.atLeast;
      if (threshold !== undefined) {
        inputs.push(...(c.bands[p.question] ?? []).filter((b) => b >= threshold).map((b) => inputId(p.question, b)));
      }
    }
  };
  if (verdict.finding) visit(verdict.finding.when);
  if (verdict.ruleOf) visit(verdict.ruleOf.when);
  return [...new Set(inputs)];
}
