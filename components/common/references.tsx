"use client";

import { createContext, useContext, type ReactNode } from "react";
import { SourceTitle } from "./source-list";
import { useT } from "./locale-context";
import { useTree } from "./tree-context";

/** The result page's numbered references: each source's number, in the order the page first cites it. */
const ReferenceNumbers = createContext<ReadonlyMap<string, number>>(new Map());

export function ReferencesProvider({
  numbers,
  children,
}: {
  numbers: ReadonlyMap<string, number>;
  children: ReactNode;
}) {
  return <ReferenceNumbers.Provider value={numbers}>{children}</ReferenceNumbers.Provider>;
}

const referenceId = (n: number) => `reference-${n}`;

/** The sources of one statement as numbered links to the list at the end of the page: "Sources: [1] [4]". */
export function Cite({ ids }: { ids: readonly string[] }) {
  const numbers = useContext(ReferenceNumbers);
  const { sources } = useTree();
  const t = useT();
  if (ids.length === 0) return null;
  return (
    <p className="sources">
      <span className="sources__label">{t(ids.length === 1 ? "common.source" : "common.sources")}:</span>{" "}
      {ids.map((id) => {
        const n = numbers.get(id);
        const title = sources.find((s) => s.id === id)?.title ?? id;
        // A source the page did not number (never expected) is named in full rather than lost.
        if (n === undefined) return <span key={id}>{title} </span>;
        return (
          <a key={id} className="cite" href={`#${referenceId(n)}`} title={title} data-source-id={id}>
            <span className="visually-hidden">{t("common.sourceHidden")} </span>[{n}]
          </a>
        );
      })}
    </p>
  );
}

/** The numbered list at the end of the page that every [n] links to. */
export function ReferenceList({ numbers }: { numbers: ReadonlyMap<string, number> }) {
  const { sources } = useTree();
  const t = useT();
  const cited = [...numbers].sort((a, b) => a[1] - b[1]);
  if (cited.length === 0) return null;
  return (
    <section aria-labelledby="references-heading">
      <h2 className="heading-m" id="references-heading">
        {t("common.sources")}
      </h2>
      <ol className="references">
        {cited.map(([id, n]) => (
          <li key={id} id={referenceId(n)} data-source-id={id}>
            <SourceTitle source={sources.find((s) => s.id === id)} id={id} />
          </li>
        ))}
      </ol>
    </section>
  );
}
