import type { Source } from "../../lib/tree/schema";

/**
 * Sources for a medical statement, as links where the source is public and as titles where it is not.
 * `catalogue` is the tree's list of sources (or any list holding the ones cited).
 */
export function SourceList({
  ids,
  catalogue,
  label,
}: {
  ids: readonly string[];
  catalogue: readonly Source[];
  /** "Sources", in the page's language. */
  label: string;
}) {
  if (ids.length === 0) return null;
  return (
    <p className="sources">
      <span className="sources__label">{label}:</span>{" "}
      {ids.map((id, index) => {
        return (
          <span key={id} data-source-id={id}>
            {index > 0 && "; "}
            <SourceTitle id={id} source={catalogue.find((s) => s.id === id)} />
          </span>
        );
      })}
    </p>
  );
}

/** A source's title, as a link where the source is public; its id when the catalogue lacks it. */
export function SourceTitle({ id, source }: { id: string; source: Source | undefined }) {
  if (!source) return <>{id}</>;
  return source.url ? (
    <a href={source.url} rel="noreferrer">
      {source.title}
    </a>
  ) : (
    <>{source.title}</>
  );
}
