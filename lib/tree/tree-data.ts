import treeJson from "../../decision-tree/tree.json" with { type: "json" };
import type { Tree } from "./schema";

/**
 * The decision tree for the browser, without shipping its zod schema to every visitor. The same file is
 * validated before every build (npm run build runs npm run tree:check, which fails on any problem), and
 * tree-data.test.ts proves this value equals the validated one, which is what makes the cast safe.
 */
export const tree = treeJson as unknown as Tree;
