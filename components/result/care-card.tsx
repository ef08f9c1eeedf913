import type { ReactNode, RefObject } from "react";
import type { Outcome } from "../../lib/journey/outcome";
import type { Urgency } from "../../lib/tree/schema";
import { useTree } from "../common/tree-context";
import { Cite } from "../common/references";

const icons: Record<Urgency, ReactNode> = {
  emergency: <path d="M12 2 1 21h22L12 2Zm0 6 .01 7M12 17.5v.01" />,
  urgent: <path d="M12 2 1 21h22L12 2Zm0 6 .01 7M12 17.5v.01" />,
  appointment: <path d="M4 5h16v15H4zM4 9h16M8 3v4M16 3v4" />,
  self_care: (
    <path d="M12 21s-7-4.5-9-9.5C1.5 7 4.5 4 8 4c2 0 3.2 1 4 2.2C12.8 5 14 4 16 4c3.5 0 6.5 3 5 7.5-2 5-9 9.5-9 9.5Z" />
  ),
};

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
        <svg className="care-card__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          {icons[urgency]}
        </svg>
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
