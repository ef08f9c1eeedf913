import type { Source } from "../../lib/tree/schema";

/**
 * Sources for a medical statement, as links where the source is public and as titles where it is not.
 * `catalogue` is the tree's list of sources (or any list holding the ones cited).
 */
export function SourceList({
  ids,
  catalogue,
  label = "Source",
}: {
  ids: readonly string[];
  catalogue: readonly Source[];
  label?: string;
}) {
  if (ids.length === 0) return null;
  return (
    <p className="sources">
      <span className="sources__label">{label}:</span>{" "}
      {ids.map((id, index) => {
        const source = catalogue.find((s) => s.id === id);
        const title = source?.title ?? id;
        return (
          <span key={id} data-source-id={id}>
            {index > 0 && "; "}
            {source?.url ? (
              <a href={source.url} rel="noreferrer">
                {title}
              </a>
            ) : (
              title
            )}
          </span>
        );
      })}
    </p>
  );
}
