import treeJson from "../../decision-tree/tree.json" with { type: "json" };
import { parseTree } from "./parse";
import type { Tree } from "./schema";

/** The project's decision tree, validated once. The build runs the same check first (npm run tree:check). */
export function loadTree(raw: unknown = treeJson): Tree {
  const result = parseTree(raw);
  if (!result.ok) throw new Error(`decision-tree/tree.json is invalid:\n${result.problems.join("\n")}`);
  return result.tree;
}

export const tree: Tree = loadTree();
