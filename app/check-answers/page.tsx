import type { Metadata } from "next";
import { TreeProvider } from "../../components/tree-context";
import { CheckAnswers } from "../../components/check-answers";
import { tree } from "../../lib/tree/load";

export const metadata: Metadata = { title: "Check your answers" };

export default function Page() {
  return (
    <TreeProvider tree={tree}>
      <CheckAnswers />
    </TreeProvider>
  );
}
