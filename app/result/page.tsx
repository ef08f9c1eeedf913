import type { Metadata } from "next";
import { TreeProvider } from "../../components/common/tree-context";
import { ResultView } from "../../components/result/result-view";
import { tree } from "../../lib/tree/load";

export const metadata: Metadata = { title: "Your result" };

export default function Page() {
  return (
    <TreeProvider tree={tree}>
      <ResultView />
    </TreeProvider>
  );
}
