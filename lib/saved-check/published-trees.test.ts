import { describe, expect, it } from "vitest";
import { walk } from "../journey/walk";
import fc from "fast-check";
import { fullAnswers } from "../testing/arbitraries";
import { loadCases } from "../testing/cases";
import { runs } from "../testing/runs";
import { readPublished } from "../tree/published";
import { tree } from "../tree/load";
import { publishedTrees } from "./published-trees";

describe("the published trees a saved check is opened with on the start page", () => {
  const kept = readPublished();

  it("are every published version, today's as today", async () => {
    const versions = await publishedTrees(
      kept.map((v) => v.version),
      tree.version,
    );
    expect(versions.today.version).toBe(tree.version);
    expect(Object.keys(versions.byVersion).sort()).toEqual(kept.map((v) => v.version).sort());
  });

  it("route and decide every case exactly as the validated copies do", async () => {
    const versions = await publishedTrees(
      kept.map((v) => v.version),
      tree.version,
    );
    for (const { version, tree: validated } of kept) {
      const raw = versions.byVersion[version]!;
      const same = (answers: Parameters<typeof walk>[1]) => {
        const [a, b] = [walk(raw, answers), walk(validated, answers)];
        expect({ status: a.status, path: a.path, outcome: a.status === "done" ? ids(a.outcome) : undefined }).toEqual({
          status: b.status,
          path: b.path,
          outcome: b.status === "done" ? ids(b.outcome) : undefined,
        });
      };
      for (const c of loadCases()) same(c.answers);
      fc.assert(fc.property(fullAnswers(validated), same), runs(300));
    }
  });

  it("fail loudly when today's version is not published", async () => {
    await expect(publishedTrees(["1.0", "1.1"], "9.9")).rejects.toThrow("version 9.9 is not among 1.0, 1.1");
  });
});

const ids = (outcome: { urgency: string; condition: string; rule: string; guidance: { id: string }[] }) => ({
  urgency: outcome.urgency,
  condition: outcome.condition,
  rule: outcome.rule,
  guidance: outcome.guidance.map((g) => g.id),
});
