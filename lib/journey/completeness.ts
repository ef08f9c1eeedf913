import { answerClasses, type AnswerClass } from "../tree/answer-classes";
import type { Finding, Tree } from "../tree/schema";
import type { AnswerValue } from "./answers";
import { holds } from "./evaluate";
import { walk } from "./walk";

/** A finished journey through the classes: its answers in order, and the finding it reached or what went wrong. */
type Ending = {
  steps: [string, AnswerClass][];
  answers: Record<string, AnswerValue>;
  finding?: Finding;
  error?: string;
};

/**
 * Proves the tree complete (issue 23) by walking every class of answers (answerClasses): every journey ends in
 * exactly one outcome, and an assessed one in a finding; every option of every question is reached and leads
 * somewhere; and a shared care step is given for every finding its `when` can reach, or says why not.
 * Returns one sentence per problem, naming the question, the option and an example path.
 */
export function checkComplete(tree: Tree): { journeys: number; problems: string[] } {
  const endings = walkEveryClass(tree);
  return {
    journeys: endings.length,
    problems: [...optionProblems(tree, endings), ...sharedStepProblems(tree, endings)],
  };
}

export function walkEveryClass(tree: Tree): Ending[] {
  const classes = answerClasses(tree);
  const endings: Ending[] = [];
  const visit = (steps: Ending["steps"], answers: Ending["answers"]) => {
    let result;
    try {
      result = walk(tree, answers);
    } catch (error) {
      endings.push({ steps, answers, error: (error as Error).message });
      return;
    }
    if (result.status === "done") {
      const { finding } = result.outcome;
      endings.push({ steps, answers, finding });
      return;
    }
    if (result.status === "invalid") {
      endings.push({ steps, answers, error: result.error.message });
      return;
    }
    for (const answerClass of classes.get(result.next.id) ?? []) {
      visit([...steps, [result.next.id, answerClass]], { ...answers, [result.next.id]: answerClass.answer });
    }
  };
  visit([], {});
  return endings;
}

/** "emergency=none → redness=yes → look=rash", a journey as an editor reads it. */
export function describePath(steps: Ending["steps"]): string {
  return steps.map(([question, { answer }]) => `${question}=${[answer].flat().join("+")}`).join(" → ");
}

function optionProblems(tree: Tree, endings: Ending[]): string[] {
  // For each question and option: how many journeys through it end, and the first one that went wrong.
  const tally = new Map<string, { journeys: number; failed: number; example?: Ending }>();
  for (const ending of endings) {
    for (const [question, answerClass] of ending.steps) {
      for (const option of answerClass.options) {
        const key = `${question}\u0000${option}`;
        const entry = tally.get(key) ?? { journeys: 0, failed: 0 };
        entry.journeys++;
        if (ending.error) {
          entry.failed++;
          entry.example ??= ending;
        }
        tally.set(key, entry);
      }
    }
  }
  const problems: string[] = [];
  for (const question of tree.questions) {
    if (question.type === "number") continue;
    for (const option of question.options) {
      const entry = tally.get(`${question.id}\u0000${option.id}`);
      if (!entry) {
        problems.push(`question '${question.id}', option '${option.id}': no journey can answer it (never reached)`);
      } else if (entry.failed === entry.journeys && entry.example) {
        problems.push(
          `question '${question.id}', option '${option.id}': leads nowhere: ${entry.example.error}; for example ${describePath(entry.example.steps)}`,
        );
      }
    }
  }
  // Journeys that fail for a mix of answers rather than one option: name the first.
  const firstFailure = endings.find((e) => e.error);
  if (problems.length === 0 && firstFailure) {
    problems.push(`a journey leads nowhere: ${firstFailure.error}; for example ${describePath(firstFailure.steps)}`);
  }
  return problems;
}

/**
 * A care step marked `shared` (SPEC.md section 5's "all red conditions") is for every finding its `when` can
 * reach; a finding it must not reach is named in `notFor`. A new finding must go in one or the other.
 */
function sharedStepProblems(tree: Tree, endings: Ending[]): string[] {
  const problems: string[] = [];
  for (const item of tree.guidance.filter((g) => g.shared)) {
    const excluded = new Set(item.notFor ?? []);
    const missing = new Map<string, Ending>();
    for (const ending of endings) {
      const finding = ending.finding;
      if (!finding || item.for.includes(finding.id) || excluded.has(finding.id) || missing.has(finding.id)) continue;
      if (!item.when || holds(item.when, { tree, answers: ending.answers })) missing.set(finding.id, ending);
    }
    for (const [findingId, ending] of missing) {
      problems.push(
        `guidance '${item.id}': a shared step, but not for finding '${findingId}', which its when can reach (for example ${describePath(ending.steps)}): add '${findingId}' to its "for", or to its "notFor" where SPEC.md section 5 makes an exception`,
      );
    }
  }
  return problems;
}
