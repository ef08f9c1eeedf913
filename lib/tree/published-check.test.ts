import { describe, expect, it } from "vitest";
import { tree } from "./load";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseTree } from "./parse";
import { publishedDir, readPublished } from "./published";
import { checkAgainstPublished } from "./published-check";

describe("every published version stays as it was (SPEC.md section 7)", () => {
  const published = readPublished();

  it("keeps version 1.0 and today's version, each readable by today's schema", () => {
    expect(published.map((p) => p.version)).toEqual(expect.arrayContaining(["1.0", tree.version]));
  });

  it("reads version 1.0 as it was published, though today's rules for care steps would refuse it as a new tree", () => {
    const raw: unknown = JSON.parse(readFileSync(path.join(publishedDir, "1.0", "tree.json"), "utf8"));
    expect(parseTree(raw)).toMatchObject({ ok: false, problems: [expect.stringContaining("names a retinoid")] });
    expect(parseTree(raw, { published: true }).ok).toBe(true);
  });

  it("accepts today's tree against its own kept copy, and a wording change", () => {
    expect(checkAgainstPublished(tree, published)).toEqual([]);
    const reworded = structuredClone(tree);
    const first = reworded.questions[0];
    if (first) first.title = "Reworded";
    expect(checkAgainstPublished(reworded, published)).toEqual([]);
  });

  it("fails a change of logic that kept its version, naming the version", () => {
    const changed = structuredClone(tree);
    const rule = changed.rules.find((r) => r.id === "no-improvement");
    if (rule) rule.urgency = "urgent";
    expect(checkAgainstPublished(changed, published)).toEqual([expect.stringContaining(`version ${tree.version}:`)]);
    const window = structuredClone(tree);
    const finding = window.findings.find((f) => f.checkBack);
    if (finding?.checkBack) finding.checkBack.weeks += 1;
    expect(checkAgainstPublished(window, published)).toHaveLength(1);
  });
});
