import type { Tree } from "../tree/schema";
import type { Answers, AnswerValue } from "./answers";
import { walk } from "./walk";

/**
 * Answers kept in the browser from an older version of the tree, read for today's (SPEC.md section 7): they
 * are kept up to the first question on today's path that changed (or whose answer no longer fits); that
 * question and everything after it is asked again. `changed` is undefined for a version never published,
 * which starts again from the first question. Safety screens come first, so a change to them starts again.
 */
export function carryOver(
  tree: Tree,
  answers: Answers,
  changed: readonly string[] | undefined,
): { answers: Answers; askAgainFrom?: string } {
  if (changed === undefined) return { answers: {}, askAgainFrom: tree.start };
  const result = walk(tree, answers);
  const path = result.status === "invalid" ? [...result.path, result.error.question] : result.path;
  const at =
    path.find((id) => changed.includes(id)) ?? (result.status === "invalid" ? result.error.question : undefined);
  if (at === undefined) return { answers: result.answers };
  const kept: Record<string, AnswerValue> = {};
  for (const id of path.slice(0, path.indexOf(at))) {
    const value = result.answers[id];
    if (value !== undefined) kept[id] = value;
  }
  return { answers: kept, askAgainFrom: at };
}
