"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { Tree } from "../../lib/tree/schema";

const TreeContext = createContext<Tree | null>(null);

/**
 * The decision tree reaches the browser as data in the page (from the build's validated copy), not inside
 * the JavaScript: pages that need only routing get a far smaller version (see routingOnly).
 */
export function TreeProvider({ tree, children }: { tree: Tree; children: ReactNode }) {
  return <TreeContext value={tree}>{children}</TreeContext>;
}

export function useTree(): Tree {
  const tree = useContext(TreeContext);
  if (!tree) throw new Error("useTree: this page must wrap its content in a TreeProvider");
  return tree;
}
