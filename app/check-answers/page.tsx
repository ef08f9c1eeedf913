import type { Metadata } from "next";
import { Questionnaire } from "../../components/questionnaire/questionnaire";
import { TreeProvider } from "../../components/common/tree-context";
import { routes } from "../../lib/routes";
import { tree } from "../../lib/tree/load";
import { questionnaireOnly } from "../../lib/tree/routing-only";

export const metadata: Metadata = { title: "Check your answers" };

const questionnaire = questionnaireOnly(tree);

export default function Page() {
  return (
    <TreeProvider tree={questionnaire.tree}>
      <Questionnaire prerendered={routes.checkAnswers} sources={questionnaire.sources} />
    </TreeProvider>
  );
}
