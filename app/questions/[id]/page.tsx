import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Questionnaire } from "../../../components/questionnaire/questionnaire";
import { TreeProvider } from "../../../components/common/tree-context";
import { routes } from "../../../lib/routes";
import { tree } from "../../../lib/tree/load";
import { questionnaireOnly } from "../../../lib/tree/routing-only";

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

const questionnaire = questionnaireOnly(tree);

export default async function Page({ params }: Props) {
  const { id } = await params;
  if (!tree.questions.some((q) => q.id === id)) notFound();
  return (
    <TreeProvider tree={questionnaire.tree}>
      <Questionnaire prerendered={routes.question(id)} sources={questionnaire.sources} />
    </TreeProvider>
  );
}
