import type { Metadata } from "next";
import { TreeProvider } from "../../components/common/tree-context";
import { HandoutView } from "../../components/documents/handout-view";
import { tree } from "../../lib/tree/load";

export const metadata: Metadata = { title: "Clinician handout" };

export default function Page() {
  return (
    <TreeProvider tree={tree}>
      <HandoutView />
    </TreeProvider>
  );
}
