import type { Metadata } from "next";
import { TreeProvider } from "../../components/common/tree-context";
import { RecheckStart } from "../../components/recheck/recheck-start";
import { tree } from "../../lib/tree/load";

export const metadata: Metadata = { title: "Your skin check-in" };

export default function Page() {
  return (
    <TreeProvider tree={tree}>
      <RecheckStart />
    </TreeProvider>
  );
}
