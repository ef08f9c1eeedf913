import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { isLocale, languageTag } from "../i18n/locales";
import { localizeTree, type TreeWords } from "./words";
import { parseTree } from "./parse";
import type { Tree } from "./schema";

// Build time only (the pages' server code, the tree check and the tests): the published versions of the tree
// kept in decision-tree/published/<version>/, each with its words in every language (SPEC.md section 7).

export const publishedDir = path.resolve(process.cwd(), "decision-tree/published");

export type PublishedVersion = { version: string; tree: Tree; words: Record<string, TreeWords> };

const read = new Map<string, PublishedVersion[]>();

/** Every kept version, oldest first; a copy today's schema cannot read fails loudly, naming its version. */
export function readPublished(dir = publishedDir): PublishedVersion[] {
  let found = read.get(dir);
  if (!found) {
    found = readFolder(dir);
    read.set(dir, found);
  }
  return found;
}

function readFolder(dir: string): PublishedVersion[] {
  if (!existsSync(dir)) return [];
  const versions = readdirSync(dir).filter((name) => /^\d+\.\d+$/.test(name));
  versions.sort((x, y) => compareVersions(x, y));
  return versions.map((version) => {
    const folder = path.join(dir, version);
    const parsed = parseTree(JSON.parse(readFileSync(path.join(folder, "tree.json"), "utf8")), {
      published: true,
    });
    if (!parsed.ok) throw new Error(`decision-tree/published/${version}/tree.json: ${parsed.problems.join("; ")}`);
    if (parsed.tree.version !== version) {
      throw new Error(`decision-tree/published/${version}/tree.json says version ${parsed.tree.version}`);
    }
    const localesDir = path.join(folder, "locales");
    const files = existsSync(localesDir) ? readdirSync(localesDir).filter((f) => f.endsWith(".json")) : [];
    const words = Object.fromEntries(
      files.map((file) => [file.replace(/\.json$/, ""), JSON.parse(readFileSync(path.join(localesDir, file), "utf8"))]),
    );
    return { version, tree: parsed.tree, words };
  });
}

/** The versions older than `today`, in a language (English is each tree's own words). */
export function olderTreesIn(today: Tree, locale: string, dir = publishedDir): Tree[] {
  return readPublished(dir)
    .filter((kept) => compareVersions(kept.version, today.version) < 0)
    .map((kept) => {
      const words = kept.words[locale];
      return locale === "en" || !words || !isLocale(locale)
        ? kept.tree
        : localizeTree(kept.tree, words, languageTag[locale]);
    });
}

export function compareVersions(x: string, y: string): number {
  const [a = 0, b = 0] = x.split(".").map(Number);
  const [c = 0, d = 0] = y.split(".").map(Number);
  return a - c || b - d;
}
