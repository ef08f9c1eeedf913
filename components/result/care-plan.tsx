import type { Outcome } from "../../lib/journey/outcome";
import { groupByKind, splitCareSteps, type CareKind } from "../../lib/report/care-order";
import type { GuidanceItem } from "../../lib/tree/schema";
import type { MessageKey } from "../../lib/i18n/messages";
import { useT } from "../common/locale-context";
import { Cite } from "../common/references";

const heading = (part: "first" | "more", kind: CareKind): MessageKey => `result.care.${part}.${kind}`;

function CareGroups({ items, part }: { items: readonly GuidanceItem[]; part: "first" | "more" }) {
  const t = useT();
  return groupByKind(items).map(({ kind, items: inGroup }) => (
    <div key={kind} className={`care-group care-group--${kind}`}>
      <h3 className="care-group__heading">
        <span className="care-group__icon" aria-hidden="true">
          {kind === "do" ? "✓" : kind === "dont" ? "✗" : "i"}
        </span>
        {t(heading(part, kind))}
      </h3>
      <ul className="guidance">
        {inGroup.map((item) => (
          <li key={item.id} className="guidance__item" data-guidance={item.id} data-kind={item.kind}>
            <p>{item.text}</p>
            <Cite ids={item.sources} />
          </li>
        ))}
      </ul>
    </div>
  ));
}

/**
 * The care steps as the NHS groups them: the most important three first ("Do", "Don't"), then every other
 * step behind a native <details>, so the first screen stays short and nothing is lost.
 */
export function CarePlan({ outcome }: { outcome: Outcome }) {
  const t = useT();
  if (outcome.guidance.length === 0) return null;
  const { first, rest } = splitCareSteps(outcome.guidance);
  return (
    <section aria-labelledby="care-heading">
      <h2 className="heading-m" id="care-heading">
        {t(outcome.urgency === "self_care" ? "result.careHeadingSelfCare" : "result.careHeadingUntilSeen")}
      </h2>
      <CareGroups items={first} part="first" />
      {rest.length > 0 && (
        <details className="details">
          <summary className="details__summary">{t("result.showAllSteps", { count: outcome.guidance.length })}</summary>
          <div className="details__text">
            <CareGroups items={rest} part="more" />
          </div>
        </details>
      )}
    </section>
  );
}
