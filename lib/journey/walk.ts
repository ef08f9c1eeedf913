import { END } from "../tree/end";
import type { Question, Tree } from "../tree/schema";
import { checkAnswer } from "./answer-rule";
import type { Answers, AnswerValue } from "./answers";
import { holds } from "./evaluate";
import { decideOutcome, type Outcome } from "./outcome";

/** The first answer on the path that does not fit its question, in a developer's words. */
export type AnswerError = { question: string; value: AnswerValue; message: string };

type Asked = {
  /** Questions answered so far on this journey, in the order asked. */
  path: string[];
  /** Only the answers on the path; answers left on an abandoned branch are dropped. */
  answers: Record<string, AnswerValue>;
};

export type Walk =
  | (Asked & { status: "asking"; next: Question })
  | (Asked & { status: "done"; outcome: Outcome })
  | (Asked & { status: "invalid"; error: AnswerError });
export type FinishedWalk = Extract<Walk, { status: "done" }>;

/**
 * Replays the routing from the start over the stored answers, as GOV.UK Forms does, and returns either the
 * next unanswered question, the outcome, or the first invalid answer on the path.
 */
export function walk(tree: Tree, answers: Answers): Walk {
  const path: string[] = [];
  const onPath: Record<string, AnswerValue> = {};
  let nodeId = tree.start;

  while (nodeId !== END) {
    const question = tree.questions.find((q) => q.id === nodeId);
    if (!question || path.includes(nodeId)) {
      // A checked tree has neither; guard anyway so a bad tree can never loop forever.
      throw new Error(
        `the tree routes to ${question ? "a question already asked" : "an unknown question"}: '${nodeId}'`,
      );
    }
    const value = answers[question.id];
    if (value === undefined) return { status: "asking", path, answers: onPath, next: question };
    const checked = checkAnswer(question, value);
    if (!checked.ok) {
      const message = `invalid answer for question '${question.id}': ${JSON.stringify(value)} ${checked.problem.developer}`;
      return { status: "invalid", path, answers: onPath, error: { question: question.id, value, message } };
    }
    path.push(question.id);
    onPath[question.id] = checked.value;
    nodeId = nextNode(tree, question, onPath);
  }
  return { status: "done", path, answers: onPath, outcome: decideOutcome(tree, onPath, path) };
}

function nextNode(tree: Tree, question: Question, answers: Answers): string {
  const route = question.next.find((r) => !r.when || holds(r.when, { tree, answers }));
  // The tree check guarantees a final route without a condition.
  return route?.goto ?? END;
}
