import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tree } from "./load";
import { conditionIds, urgencyIds } from "./schema";

// Code asks the tree for a question by its role (tree.roles) and never spells a question or option id, so the
// tree can be edited without touching code. The outcome's own vocabulary (urgencies and conditions, fixed by
// the outcome model) is not the tree's, and "emergency" is both a question and an urgency.
const root = path.resolve(import.meta.dirname, "../..");
// Likewise "other" is ICU MessageFormat's own fallback case, which the catalogs' reader must name.
const outcomeWords = new Set<string>([...urgencyIds, ...conditionIds, "not_assessed"]);
const messageFormatWords = new Set(["other"]);
const messageFormatReaders = ["format-message.ts", "render-message.ts"].map((f) => path.join("lib", "i18n", f));
const treeIds = new Set(
  tree.questions.flatMap((q) => [q.id, ...(q.type === "number" ? [] : q.options.map((o) => o.id))]),
);
const forbidden = [...treeIds].filter((id) => !outcomeWords.has(id));

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return relative === path.join("lib", "testing") ? [] : sourceFiles(relative);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

/** Every quoted string in a file that is exactly a tree id, with its line number. */
export function idLiterals(text: string, ids: readonly string[]): string[] {
  const found: string[] = [];
  text.split("\n").forEach((line, index) => {
    for (const match of line.matchAll(/(["'`])([a-z0-9_]+)\1/g)) {
      if (ids.includes(match[2] ?? "")) found.push(`${index + 1}: ${match[0]}`);
    }
  });
  return found;
}

describe("no question or option id is written into code", () => {
  const files = ["app", "components", "lib"].flatMap(sourceFiles);

  it("scans the code and knows the tree's ids", () => {
    expect(files.length).toBeGreaterThan(40);
    expect(forbidden).toEqual(expect.arrayContaining(["care_weeks", "warning", "none", "hands_wrists"]));
    expect(idLiterals(`const a = "care_weeks"; const b = 'none'; const c = \`x\`;`, forbidden)).toEqual([
      `1: "care_weeks"`,
      `1: 'none'`,
    ]);
  });

  it.each(["app", "components", "lib"])("in %s/", (dir) => {
    const hits = files
      .filter((file) => file.startsWith(`${dir}${path.sep}`))
      .flatMap((file) => {
        const ids = messageFormatReaders.includes(file)
          ? forbidden.filter((id) => !messageFormatWords.has(id))
          : forbidden;
        return idLiterals(readFileSync(path.join(root, file), "utf8"), ids).map((hit) => `${file}:${hit}`);
      });
    expect(hits).toEqual([]);
  });
});
