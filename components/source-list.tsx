import { tree } from "../lib/tree/tree-data";

const sources = new Map(tree.sources.map((s) => [s.id, s]));

/** Sources for a medical statement, as links where the source is public and as titles where it is not. */
export function SourceList({ ids, label = "Source" }: { ids: readonly string[]; label?: string }) {
  if (ids.length === 0) return null;
  return (
    <p className="sources">
      <span className="sources__label">{label}:</span>{" "}
      {ids.map((id, index) => {
        const source = sources.get(id);
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
