import type { ComponentType } from "react";
import { tree } from "../../lib/tree/load";
import { TreeProvider } from "./tree-context";

/**
 * A page that needs the whole decision tree (result, summary, handout, re-check): the tree goes into the
 * page as data, from the build's validated copy. The questionnaire's pages get a smaller one instead.
 */
export function withFullTree(View: ComponentType) {
  return function PageWithTree() {
    return (
      <TreeProvider tree={tree}>
        <View />
      </TreeProvider>
    );
  };
}
