import type { Metadata } from "next";
import { TreeProvider } from "../../components/common/tree-context";
import { SummaryView } from "../../components/documents/summary-view";
import { tree } from "../../lib/tree/load";

export const metadata: Metadata = { title: "Your summary" };

export default function Page() {
  return (
    <TreeProvider tree={tree}>
      <SummaryView />
    </TreeProvider>
  );
}
