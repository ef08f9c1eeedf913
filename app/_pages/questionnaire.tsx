import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TreeProvider } from "../../components/common/tree-context";
import { Questionnaire } from "../../components/questionnaire/questionnaire";
import { translator, treeIn } from "../../lib/i18n/catalogs";
import type { Locale } from "../../lib/i18n/locales";
import { routes, routesFor } from "../../lib/routes";
import { tree } from "../../lib/tree/load";
import { olderTreesIn } from "../../lib/tree/published";
import { questionnaireOnly } from "../../lib/tree/routing-only";
import { changedSince } from "../../lib/tree/versions";
import { PageLocale, questionnaireNamespaces } from "./page-locale";
import { pageMetadata } from "./page-metadata";

// The questionnaire's pages: one per question and "check your answers", each prerendered in every language.

export type QuestionParams = { params: Promise<{ id: string }> };

export const questionStaticParams = () => tree.questions.map((q) => ({ id: q.id }));

export function questionMetadata(locale: Locale) {
  return async ({ params }: QuestionParams): Promise<Metadata> => {
    const { id } = await params;
    const title = treeIn(locale).questions.find((q) => q.id === id)?.title ?? translator(locale)("question.pageTitle");
    return pageMetadata(routes.question(id), title);
  };
}

/** Which questions changed since each older published version: answers kept from one are asked again from there. */
const changedSinceOlder = () => changedSince(tree, olderTreesIn(tree, "en"));

export function questionPage(locale: Locale) {
  const questionnaire = questionnaireOnly(treeIn(locale));
  const changed = changedSinceOlder();
  return async function QuestionPage({ params }: QuestionParams) {
    const { id } = await params;
    if (!tree.questions.some((q) => q.id === id)) notFound();
    return (
      <PageLocale locale={locale} namespaces={questionnaireNamespaces}>
        <TreeProvider tree={questionnaire.tree} changedSince={changed}>
          <Questionnaire prerendered={routesFor(locale).question(id)} sources={questionnaire.sources} />
        </TreeProvider>
      </PageLocale>
    );
  };
}

export const checkAnswersMetadata = (locale: Locale) =>
  pageMetadata(routes.checkAnswers, translator(locale)("checkAnswers.title"));

export function checkAnswersPage(locale: Locale) {
  const questionnaire = questionnaireOnly(treeIn(locale));
  const changed = changedSinceOlder();
  return function CheckAnswersPage() {
    return (
      <PageLocale locale={locale} namespaces={questionnaireNamespaces}>
        <TreeProvider tree={questionnaire.tree} changedSince={changed}>
          <Questionnaire prerendered={routesFor(locale).checkAnswers} sources={questionnaire.sources} />
        </TreeProvider>
      </PageLocale>
    );
  };
}
