import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Every module in lib/ and components/ is there because the site or a command uses it. A module that only
// tests import belongs with the tests (lib/testing/), where a reader knows it never reaches a person.
const root = path.resolve(import.meta.dirname, "..");
const isTest = (file: string) => /\.(test|spec)\.tsx?$/.test(file);
const isModule = (file: string) => /\.(tsx?|mjs)$/.test(file) && !file.endsWith(".d.ts");

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : isModule(full) ? [full] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)].map((m) => m[1] ?? "");
  return specs.flatMap((spec) => {
    const base = path.resolve(path.dirname(file), spec);
    const found = ["", ".ts", ".tsx", ".mjs", "/index.ts"]
      .map((ext) => base + ext)
      .find((f) => existsSync(f) && statSync(f).isFile());
    return found && isModule(found) ? [found] : [];
  });
}

describe("production modules", () => {
  it("are each used by a page, the service worker or a command, not only by tests", () => {
    const entries = [
      ...filesUnder(path.join(root, "app")),
      ...filesUnder(path.join(root, "service-worker")),
      ...filesUnder(path.join(root, "scripts")).filter((file) => !isTest(file)),
    ];
    const reached = new Set<string>();
    const queue = [...entries];
    while (queue.length > 0) {
      const file = queue.pop() ?? "";
      if (reached.has(file)) continue;
      reached.add(file);
      queue.push(...importsOf(file));
    }
    const production = [...filesUnder(path.join(root, "lib")), ...filesUnder(path.join(root, "components"))].filter(
      (file) => !isTest(file) && !file.startsWith(path.join(root, "lib", "testing")),
    );
    expect(production.length).toBeGreaterThan(50);
    expect(production.filter((file) => !reached.has(file)).map((file) => path.relative(root, file))).toEqual([]);
  });
});
