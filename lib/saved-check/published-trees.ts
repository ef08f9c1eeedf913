import type { Tree } from "../tree/schema";
import { treeVersions, type TreeVersions } from "../tree/versions";

/**
 * The published versions of the tree, loaded only when a saved check is opened on a page that does not carry
 * them (the start page): each version's tree.json is its own small file of the build, fetched from this site
 * (or the offline copy) and never with anything of the person's. These are the copies the build validated
 * (npm run tree:check); in English, since opening a check needs only the questions' ids, options and routes.
 */
export async function publishedTrees(names: readonly string[], today: string): Promise<TreeVersions> {
  const trees = await Promise.all(
    names.map(async (name): Promise<Tree> => (await import(`../../decision-tree/published/${name}/tree.json`)).default),
  );
  const todays = trees.find((tree) => tree.version === today);
  if (!todays) throw new Error(`publishedTrees: version ${today} is not among ${names.join(", ")}`);
  return treeVersions(
    todays,
    trees.filter((tree) => tree !== todays),
  );
}
