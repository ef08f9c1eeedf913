import type { Answers } from "../../lib/journey/answers";
import { walk, type FinishedWalk } from "../../lib/journey/walk";
import { formatIsoDate, type IsoDate } from "../../lib/recheck/dates";
import { answerTerms } from "../../lib/report/clinical";
import type { Tree } from "../../lib/tree/schema";
import { useTree } from "../common/tree-context";

function answerText(tree: Tree, answers: Answers, questionId: string, clinical: boolean): string {
  const question = tree.questions.find((q) => q.id === questionId);
  const value = answers[questionId];
  return question && value !== undefined ? answerTerms(question, value, clinical).join("; ") : "Not asked";
}

function adviceText(tree: Tree, result: FinishedWalk): string {
  const urgency = tree.urgencies[result.outcome.urgency];
  return `${urgency.label}: ${urgency.title}`;
}

/** The first check beside the re-check: weeks of care, progress, the advice and what changed. */
export function BeforeAfter({
  first,
  now,
  clinical = false,
}: {
  first: { answers: Answers; startDate: IsoDate };
  now: FinishedWalk;
  clinical?: boolean;
}) {
  const tree = useTree();
  const before = walk(tree, first.answers);
  if (before.status !== "done") return null;
  const rows: [string, string, string][] = [
    [
      "Weeks of daily home care",
      answerText(tree, before.answers, tree.roles.careWeeks, clinical),
      answerText(tree, now.answers, tree.roles.careWeeks, clinical),
    ],
    [
      "Since starting home care",
      answerText(tree, before.answers, tree.roles.homeCareProgress, clinical),
      answerText(tree, now.answers, tree.roles.homeCareProgress, clinical),
    ],
    ["Advice", adviceText(tree, before), adviceText(tree, now)],
    ["Looks most like", before.outcome.finding?.name ?? "Not assessed", now.outcome.finding?.name ?? "Not assessed"],
  ];
  const same = before.outcome.urgency === now.outcome.urgency;
  return (
    <section className="document__section before-after" aria-labelledby="before-after-heading">
      <h2 className="heading-m document__heading" id="before-after-heading">
        {clinical ? "First check and re-check" : "Before and after"}
      </h2>
      <p>Home care started on {formatIsoDate(first.startDate)}.</p>
      <table className="document__table">
        <thead>
          <tr>
            <td />
            <th scope="col">First check</th>
            <th scope="col">Re-check</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, then, today]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{then}</td>
              <td>{today}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="before-after__change">
        {same
          ? `The advice has not changed: ${adviceText(tree, now)}.`
          : `The advice has changed from “${adviceText(tree, before)}” to “${adviceText(tree, now)}”.`}
      </p>
    </section>
  );
}
