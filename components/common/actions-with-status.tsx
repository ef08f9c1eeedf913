import type { ReactNode } from "react";

/**
 * A row of buttons and the live line that says what the last one did ("Link copied", "Downloaded"), which
 * screen readers announce. Not printed.
 */
export function ActionsWithStatus({ status, children }: { status: string; children: ReactNode }) {
  return (
    <>
      <div className="button-group no-print">{children}</div>
      <p className="status" role="status">
        {status}
      </p>
    </>
  );
}
