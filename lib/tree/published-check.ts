import { treeLogic } from "./versions";
import type { PublishedVersion } from "./published";
import type { Tree } from "./schema";

/**
 * SPEC.md section 7: a published version never changes its logic. A tree whose logic differs from the kept
 * copy of its own version must bump `version`; one older than a kept version is out of order.
 */
export function checkAgainstPublished(tree: Tree, published: readonly PublishedVersion[]): string[] {
  const kept = published.find((p) => p.version === tree.version);
  if (kept && JSON.stringify(treeLogic(kept.tree)) !== JSON.stringify(treeLogic(tree))) {
    return [
      `version ${tree.version}: the questions, routes, rules, windows or care-step choices differ from the published copy in decision-tree/published/${tree.version}/; bump "version" (SPEC.md section 7)`,
    ];
  }
  return [];
}
