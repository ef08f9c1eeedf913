import type { ReactNode } from "react";
import type { Urgency } from "../../lib/tree/schema";

const paths: Record<Urgency, ReactNode> = {
  emergency: <path d="M12 2 1 21h22L12 2Zm0 6 .01 7M12 17.5v.01" />,
  urgent: <path d="M12 2 1 21h22L12 2Zm0 6 .01 7M12 17.5v.01" />,
  appointment: <path d="M4 5h16v15H4zM4 9h16M8 3v4M16 3v4" />,
  self_care: (
    <path d="M12 21s-7-4.5-9-9.5C1.5 7 4.5 4 8 4c2 0 3.2 1 4 2.2C12.8 5 14 4 16 4c3.5 0 6.5 3 5 7.5-2 5-9 9.5-9 9.5Z" />
  ),
};

/** The urgency's icon beside its words: urgency is never told by colour alone. */
export function UrgencyIcon({ urgency }: { urgency: Urgency }) {
  return (
    <svg className="care-card__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {paths[urgency]}
    </svg>
  );
}
