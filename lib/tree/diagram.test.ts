import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { treeDiagram } from "./diagram";
import { tree } from "./load";

describe("docs/decision-tree.md", () => {
  it("is up to date with decision-tree/tree.json (run npm run tree:diagram)", () => {
    const committed = readFileSync(path.resolve(import.meta.dirname, "../../docs/decision-tree.md"), "utf8");
    expect(committed).toBe(treeDiagram(tree));
  });

  it("draws every route of every question", () => {
    const diagram = treeDiagram(tree);
    const arrows = diagram.split("\n").filter((l) => l.includes("-->"));
    expect(arrows).toHaveLength(tree.questions.reduce((n, q) => n + q.next.length, 0));
    expect(diagram).toContain('q_redness -->|"redness = yes"| q_look');
  });
});
