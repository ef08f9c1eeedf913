import type { ComponentType } from "react";
import { TreeProvider } from "../../components/common/tree-context";
import { treeIn } from "../../lib/i18n/catalogs";
import type { Locale } from "../../lib/i18n/locales";
import { olderTreesIn } from "../../lib/tree/published";
import { changedSince } from "../../lib/tree/versions";
import { PageLocale, fullTreeNamespaces } from "./page-locale";

/**
 * A page that needs the whole decision tree (result, summary, handout, re-check), in its language: the tree
 * goes into the page as data, from the build's validated copy, with every older published version, so a link
 * or a first check is read with its own (SPEC.md section 7). The questionnaire's pages get a smaller one.
 */
export function withFullTree(View: ComponentType, locale: Locale) {
  const tree = treeIn(locale);
  const older = olderTreesIn(tree, locale);
  const changed = changedSince(tree, older);
  return function PageWithTree() {
    return (
      <PageLocale locale={locale} namespaces={fullTreeNamespaces}>
        <TreeProvider tree={tree} older={older} changedSince={changed}>
          <View />
        </TreeProvider>
      </PageLocale>
    );
  };
}
