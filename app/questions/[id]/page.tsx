import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { QuestionPage } from "../../../components/question-page";
import { TreeProvider } from "../../../components/tree-context";
import { tree } from "../../../lib/tree/load";
import { routingOnly } from "../../../lib/tree/routing-only";

type Props = { params: Promise<{ id: string }> };

// Every question page is prerendered from the tree; there is no server to render any other.
export const dynamicParams = false;

export function generateStaticParams() {
  return tree.questions.map((q) => ({ id: q.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  return { title: tree.questions.find((q) => q.id === id)?.title ?? "Question" };
}

const routing = routingOnly(tree);

export default async function Page({ params }: Props) {
  const { id } = await params;
  const question = tree.questions.find((q) => q.id === id);
  if (!question) notFound();
  const sources = tree.sources.filter((s) => question.sources?.includes(s.id));
  return (
    <TreeProvider tree={routing}>
      <QuestionPage question={question} sources={sources} />
    </TreeProvider>
  );
}
