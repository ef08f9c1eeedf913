import type { ReactNode, RefObject } from "react";
import type { Outcome } from "../../lib/journey/outcome";
import type { Urgency } from "../../lib/tree/schema";
import { useTree } from "../common/tree-context";
import { Cite } from "../common/references";
import { UrgencyIcon } from "../common/urgency-icon";

/**
 * NHS-style care card. The urgency is always written as words with an icon, never shown by colour alone,
 * and the label is part of the heading so screen readers hear it first.
 */
export function CareCard({
  urgency,
  action,
  heading,
  children,
}: {
  urgency: Urgency;
  /** What to do now: the outcome's action, which the deciding rule may set (an emergency helpline first). */
  action: Outcome["action"];
  heading?: RefObject<HTMLHeadingElement | null>;
  children?: ReactNode;
}) {
  const tree = useTree();
  const text = tree.urgencies[urgency];
  return (
    <section className={`care-card care-card--${urgency}`} aria-labelledby="care-card-heading">
      <div className="care-card__head">
        <UrgencyIcon urgency={urgency} />
        <h1 className="care-card__heading" id="care-card-heading" ref={heading} tabIndex={-1}>
          <span className="care-card__label">{text.label}:</span> {text.title}
        </h1>
      </div>
      <div className="care-card__content">
        <p className="care-card__action">{action.text}</p>
        {children}
        <Cite ids={action.sources} />
      </div>
    </section>
  );
}
