import type { Answers } from "../../lib/journey/answers";
import { walk, type FinishedWalk } from "../../lib/journey/walk";
import { formatIsoDate, type IsoDate } from "../../lib/recheck/dates";
import { answerTerms } from "../../lib/report/clinical";
import type { Tree } from "../../lib/tree/schema";
import type { Translate } from "../../lib/i18n/messages";
import { useLocale, useT } from "./locale-context";
import { useTreeVersions } from "./tree-context";

function answerText(tree: Tree, answers: Answers, questionId: string, clinical: boolean, t: Translate): string {
  const question = tree.questions.find((q) => q.id === questionId);
  const value = answers[questionId];
  return question && value !== undefined ? answerTerms(question, value, clinical).join("; ") : t("common.notAsked");
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
  first: { answers: Answers; startDate: IsoDate; version?: string };
  now: FinishedWalk & { tree?: Tree };
  clinical?: boolean;
}) {
  const versions = useTreeVersions();
  const t = useT();
  const locale = useLocale();
  // Each check is read with the version of the tree it was made with (SPEC.md section 7).
  const tree = now.tree ?? versions.today;
  const then = versions.byVersion[first.version ?? tree.version];
  const before = then && walk(then, first.answers);
  if (!then || before?.status !== "done") return null;
  const rows: [string, string, string][] = [
    [
      t("beforeAfter.weeks"),
      answerText(then, before.answers, then.roles.careWeeks, clinical, t),
      answerText(tree, now.answers, tree.roles.careWeeks, clinical, t),
    ],
    [
      t("beforeAfter.progress"),
      answerText(then, before.answers, then.roles.homeCareProgress, clinical, t),
      answerText(tree, now.answers, tree.roles.homeCareProgress, clinical, t),
    ],
    [t("beforeAfter.advice"), adviceText(then, before), adviceText(tree, now)],
    [
      t("beforeAfter.looksLike"),
      before.outcome.finding?.name ?? t("common.notAssessed"),
      now.outcome.finding?.name ?? t("common.notAssessed"),
    ],
  ];
  const same = before.outcome.urgency === now.outcome.urgency;
  return (
    <section className="document__section before-after" aria-labelledby="before-after-heading">
      <h2 className="heading-m document__heading" id="before-after-heading">
        {t(clinical ? "beforeAfter.headingClinical" : "beforeAfter.heading")}
      </h2>
      <p>{t("beforeAfter.started", { date: formatIsoDate(first.startDate, locale) })}</p>
      <table className="document__table">
        <thead>
          <tr>
            <td />
            <th scope="col">{t("beforeAfter.firstCheck")}</th>
            <th scope="col">{t("beforeAfter.recheck")}</th>
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
          ? t("beforeAfter.same", { advice: adviceText(tree, now) })
          : t("beforeAfter.changed", { before: adviceText(then, before), after: adviceText(tree, now) })}
      </p>
    </section>
  );
}
