import type { Translate } from "../../lib/i18n/messages";
import { countStatement } from "../../lib/journey/outcome";
import type { Verdict } from "../../lib/one-page/compile";
import { safetyScreen, warningSigns } from "../../lib/tree/roles";
import type { Tree } from "../../lib/tree/schema";
import { SourceIds } from "../common/source-ids";
import { UrgencyIcon } from "../common/urgency-icon";

/**
 * One outcome the engine can give, written out in full: the stylesheet shows the one the ticked boxes lead to,
 * with the reasons and care steps that apply, and hides the rest. It carries what the result page's `<main>`
 * carries: data-urgency, data-condition and the deciding rule.
 */
export function OnePageOutcome({ verdict, tree, t }: { verdict: Verdict; tree: Tree; t: Translate }) {
  const { urgency, finding, ruleOf } = verdict;
  const text = tree.urgencies[urgency];
  const action = ruleOf?.action
    ? { text: ruleOf.action, sources: ruleOf.sources }
    : { text: text.action, sources: text.sources };
  const headingId = `outcome-${verdict.id.replace(/\W/g, "-")}`;
  const assessed = finding !== undefined;
  const explain = ruleOf?.explain ?? tree.selfCare.explain;
  const explainSources = ruleOf?.sources ?? [];
  const guidance =
    finding && (urgency === "self_care" || urgency === "appointment")
      ? tree.guidance.filter((item) => item.for.includes(finding.id))
      : [];
  return (
    <section
      className="op-verdict"
      data-verdict={verdict.id}
      data-urgency={urgency}
      data-condition={verdict.condition}
      data-rule={verdict.rule}
      aria-labelledby={headingId}
    >
      <div className={`care-card care-card--${urgency}`}>
        <div className="care-card__head">
          <UrgencyIcon urgency={urgency} />
          <h3 className="care-card__heading" id={headingId}>
            <span className="care-card__label">{text.label}:</span> {text.title}
          </h3>
        </div>
        <div className="care-card__content">
          <p className="care-card__action">
            {action.text} <SourceIds ids={action.sources} />
          </p>
          {!assessed && (
            <>
              <p>{explain}</p>
              <Reasons verdict={verdict} tree={tree} t={t} />
              <p>{t("onePage.changeAtStop")}</p>
            </>
          )}
        </div>
      </div>
      {finding && (
        <>
          <h4 className="heading-s">{t("result.looksLikeHeading")}</h4>
          <p>
            {t("result.looksLikeIntro")} <strong>{finding.name}</strong>. {t("result.looksLikeNotDiagnosis")}
          </p>
          <p>
            {finding.summary} <SourceIds ids={finding.sources} />
          </p>
          <h4 className="heading-s">{t(urgency === "self_care" ? "result.whySuggest" : "result.whySeeDoctor")}</h4>
          {urgency !== "self_care" && (
            <p className="flag">
              <strong>{t("result.seeDermatologistYes")}</strong>
            </p>
          )}
          <p>
            {explain} {explainSources.length > 0 && <SourceIds ids={explainSources} />}
          </p>
          <Reasons verdict={verdict} tree={tree} t={t} />
          {guidance.length > 0 && (
            <>
              <h4 className="heading-s">
                {t(urgency === "self_care" ? "result.careHeadingSelfCare" : "result.careHeadingUntilSeen")}
              </h4>
              <ul className="list list--bullet care-steps">
                {guidance.map((item) => (
                  <li key={item.id} data-guidance={item.id}>
                    {item.text} <SourceIds ids={item.sources} />
                  </li>
                ))}
              </ul>
            </>
          )}
          {urgency === "self_care" && finding.checkBack && (
            <>
              <h4 className="heading-s">{t("onePage.checkBackHeading")}</h4>
              <p data-check-back-weeks={finding.checkBack.weeks}>
                {t("onePage.checkBack", { window: finding.checkBack.say })}{" "}
                <SourceIds ids={finding.checkBack.sources} />
              </p>
            </>
          )}
        </>
      )}
    </section>
  );
}

/** "You told us…": each answer that led here, shown when it is ticked. */
function Reasons({ verdict, tree, t }: { verdict: Verdict; tree: Tree; t: Translate }) {
  return (
    <>
      <p>{t("result.youToldUs")}</p>
      <ul className="list list--bullet">
        {verdict.reasons.map((input) => (
          <li key={input} data-reason={input}>
            {statementOf(tree, input)}
          </li>
        ))}
      </ul>
    </>
  );
}

function statementOf(tree: Tree, input: string): string {
  const question = tree.questions.find((q) => input.startsWith(`${q.id}-`));
  const value = input.slice((question?.id.length ?? 0) + 1);
  if (!question) return input;
  if (question.type === "number") return countStatement(question, Number(value));
  return question.options.find((o) => o.id === value)?.statement ?? value;
}

/** What every assessed outcome says: the warning signs that mean help today, and the emergency advice. */
export function OnePageSoonerIf({ tree, t }: { tree: Tree; t: Translate }) {
  return (
    <section className="op-sooner" aria-labelledby="op-sooner-heading">
      <h3 className="heading-m" id="op-sooner-heading">
        {t("result.soonerHeading")}
      </h3>
      <p>{t("result.soonerIntro")}</p>
      <ul className="list list--bullet">
        {warningSigns(tree).map((sign) => (
          <li key={sign.id}>{sign.label}</li>
        ))}
      </ul>
      <p>
        <SourceIds ids={safetyScreen(tree, "warningScreen").sources ?? []} />
      </p>
      <p>
        {tree.emergencyAdvice.text} <SourceIds ids={tree.emergencyAdvice.sources} />
      </p>
    </section>
  );
}
