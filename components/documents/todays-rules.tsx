import type { FinishedWalk } from "../../lib/journey/walk";
import { walk } from "../../lib/journey/walk";
import type { Tree } from "../../lib/tree/schema";
import { useT } from "../common/locale-context";

/**
 * For a link made with an older version of the questions: what today's rules would say with the same answers,
 * beside what the person was told (SPEC.md section 7). Today's questions may need an answer the old ones never
 * asked; then it names the question.
 */
export function TodaysRules({ made, today }: { made: FinishedWalk; today: Tree }) {
  const t = useT();
  const now = walk(today, made.answers);
  let text: string;
  if (now.status === "done") {
    const same =
      now.outcome.urgency === made.outcome.urgency &&
      now.outcome.condition === made.outcome.condition &&
      now.outcome.rule === made.outcome.rule;
    text = same
      ? t("handout.todaySame", { version: today.version })
      : t("handout.todayDiffers", {
          version: today.version,
          urgency: today.urgencies[now.outcome.urgency].clinical,
          finding: now.outcome.finding?.name ?? t("handout.notAssessed"),
        });
  } else {
    const question = now.status === "asking" ? now.next : today.questions.find((q) => q.id === now.error.question);
    text = t("handout.todayAsks", { version: today.version, question: question?.clinical ?? "" });
  }
  return (
    <p className="inset-text" data-todays-rules={now.status === "done" ? now.outcome.urgency : now.status}>
      {text}
    </p>
  );
}
