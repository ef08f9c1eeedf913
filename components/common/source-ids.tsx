import { Fragment } from "react";

/** Source ids in brackets after a statement, "[NHS-KP, AAD-KP-SC]": each id kept whole, the list free to wrap. */
export function SourceIds({ ids }: { ids: readonly string[] }) {
  return (
    <span className="document__cite">
      [
      {ids.map((id, index) => (
        <Fragment key={id}>
          {index > 0 && ", "}
          <span className="document__cite-id">{id}</span>
        </Fragment>
      ))}
      ]
    </span>
  );
}
