"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { Tree } from "../../lib/tree/schema";
import { treeVersions, type ChangedSince, type TreeVersions } from "../../lib/tree/versions";

type TreeData = { tree: Tree; older: readonly Tree[]; changedSince: ChangedSince };
const TreeContext = createContext<TreeData | null>(null);

/**
 * The decision tree reaches the browser as data in the page (from the build's validated copy), not inside
 * the JavaScript: pages that need only routing get a far smaller version (see routingOnly). Pages that read
 * links or a first check also get the older published versions; every page with answers gets, for each older
 * version, which questions changed since (SPEC.md section 7).
 */
export function TreeProvider({
  tree,
  older = [],
  changedSince = {},
  children,
}: {
  tree: Tree;
  older?: readonly Tree[];
  changedSince?: ChangedSince;
  children: ReactNode;
}) {
  const value = useMemo(() => ({ tree, older, changedSince }), [tree, older, changedSince]);
  return <TreeContext value={value}>{children}</TreeContext>;
}

function useTreeData(): TreeData {
  const data = useContext(TreeContext);
  if (!data) throw new Error("useTree: this page must wrap its content in a TreeProvider");
  return data;
}

export function useTree(): Tree {
  return useTreeData().tree;
}

/** Today's tree and every older published one, to read a link or a first check with its own version. */
export function useTreeVersions(): TreeVersions {
  const { tree, older } = useTreeData();
  return useMemo(() => treeVersions(tree, older), [tree, older]);
}

export function useChangedSince(): ChangedSince {
  return useTreeData().changedSince;
}
