import type { ComponentType } from "react";
import { TreeProvider } from "../../components/common/tree-context";
import { treeIn } from "../../lib/i18n/catalogs";
import type { Locale } from "../../lib/i18n/locales";
import { PageLocale } from "./page-locale";

/**
 * A page that needs the whole decision tree (result, summary, handout, re-check), in its language: the tree
 * goes into the page as data, from the build's validated copy. The questionnaire's pages get a smaller one.
 */
export function withFullTree(View: ComponentType, locale: Locale) {
  const tree = treeIn(locale);
  return function PageWithTree() {
    return (
      <PageLocale locale={locale}>
        <TreeProvider tree={tree}>
          <View />
        </TreeProvider>
      </PageLocale>
    );
  };
}
