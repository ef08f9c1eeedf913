import type { AnswerValue } from "../lib/journey/answers";
import type { Question } from "../lib/tree/schema";

/** An answer as the labels the person chose, for check-answers and summaries. */
export function answerLabels(question: Question, value: AnswerValue): string[] {
  if (question.type === "number") return [`${String(value)} ${question.unit}`];
  const chosen = Array.isArray(value) ? value : [value];
  return chosen.map((id) => question.options.find((o) => o.id === id)?.label ?? String(id));
}
