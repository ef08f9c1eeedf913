import { SourceIds } from "../common/source-ids";
import type { GuidanceItem } from "../../lib/tree/schema";

/** The care steps on a printed document, each followed by its source ids in brackets (as the criteria page lists them). */
export function CareSteps({ items, numbered = false }: { items: readonly GuidanceItem[]; numbered?: boolean }) {
  const List = numbered ? "ol" : "ul";
  return (
    <List className="document__care">
      {items.map((item) => (
        <li key={item.id}>
          {item.text} <SourceIds ids={item.sources} />
        </li>
      ))}
    </List>
  );
}
