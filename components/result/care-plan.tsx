import type { Outcome } from "../../lib/journey/outcome";
import { groupByKind, splitCareSteps, type CareKind } from "../../lib/report/care-order";
import type { GuidanceItem } from "../../lib/tree/schema";
import { Cite } from "./references";

const headings: Record<"first" | "more", Record<CareKind, string>> = {
  first: { do: "Do", dont: "Don’t", know: "Good to know" },
  more: { do: "Also do", dont: "Also don’t", know: "Good to know" },
};

function CareGroups({ items, part }: { items: readonly GuidanceItem[]; part: "first" | "more" }) {
  return groupByKind(items).map(({ kind, items: inGroup }) => (
    <div key={kind} className={`care-group care-group--${kind}`}>
      <h3 className="care-group__heading">
        <span className="care-group__icon" aria-hidden="true">
          {kind === "do" ? "✓" : kind === "dont" ? "✗" : "i"}
        </span>
        {headings[part][kind]}
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
  if (outcome.guidance.length === 0) return null;
  const { first, rest } = splitCareSteps(outcome.guidance);
  return (
    <section aria-labelledby="care-heading">
      <h2 className="heading-m" id="care-heading">
        {outcome.urgency === "self_care" ? "What you can do at home" : "What to do until you are seen"}
      </h2>
      <CareGroups items={first} part="first" />
      {rest.length > 0 && (
        <details className="details">
          <summary className="details__summary">Show all {outcome.guidance.length} care steps</summary>
          <div className="details__text">
            <CareGroups items={rest} part="more" />
          </div>
        </details>
      )}
    </section>
  );
}
