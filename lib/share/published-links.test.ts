import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { walk } from "../journey/walk";
import { tree } from "../tree/load";
import { olderTreesIn, publishedDir, readPublished } from "../tree/published";
import { treeVersions } from "../tree/versions";
import { decodeInvite, decodeToken } from "./decode-token";
import { encodeToken, sealToken } from "./token";

// Links made at each release, with the outcome recorded then (decision-tree/published/<version>/links.json):
// whatever the engine or today's tree become, each must still open to the outcome the person was told.
type Recorded = {
  urgency: string;
  condition: string;
  finding: string | null;
  rule: string;
  checkBackWeeks: number | null;
  guidance: string[];
};
type Link = { id: string; kind: "handout" | "invite"; token: string; expect: Recorded; first?: Recorded };

const versions = treeVersions(tree, olderTreesIn(tree, "en"));
const summary = (o: {
  urgency: string;
  condition: string;
  finding?: { id: string };
  rule: string;
  checkBackWeeks?: number;
  guidance: { id: string }[];
}): Recorded => ({
  urgency: o.urgency,
  condition: o.condition,
  finding: o.finding?.id ?? null,
  rule: o.rule,
  checkBackWeeks: o.checkBackWeeks ?? null,
  guidance: o.guidance.map((g) => g.id),
});

const published = readPublished().flatMap(({ version }) => {
  const file = path.join(publishedDir, version, "links.json");
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Link[]).map((link) => ({ version, link })) : [];
});

describe("links of every published version open to the outcome recorded at release", () => {
  it("has recorded links for version 1.0", () => {
    expect(published.filter((p) => p.version === "1.0").length).toBeGreaterThanOrEqual(6);
  });

  it.each(published.map((p) => [`${p.version} ${p.link.id}`, p] as const))("%s", (_name, { version, link }) => {
    if (link.kind === "invite") {
      const decoded = decodeInvite(versions, link.token);
      if (!decoded.ok) throw new Error(decoded.detail);
      expect(decoded.first.tree.version).toBe(version);
      expect(summary(decoded.first.result.outcome)).toEqual(link.expect);
      return;
    }
    const decoded = decodeToken(versions, link.token);
    if (!decoded.ok) throw new Error(decoded.detail);
    expect(decoded.tree.version).toBe(version);
    expect(summary(decoded.result.outcome)).toEqual(link.expect);
    if (link.first) expect(decoded.first && summary(decoded.first.result.outcome)).toEqual(link.first);
  });

  it("reads version 1.0's sepsis option with 1.0's meaning, and today's rules differ for its folliculitis care", () => {
    const folliculitis = published.find((p) => p.link.id === "folliculitis-after-shaving-es")?.link;
    const decoded = folliculitis && decodeToken(versions, folliculitis.token);
    if (!decoded?.ok) throw new Error("did not open");
    const today = walk(tree, decoded.answers);
    expect(today.status === "done" && today.outcome.guidance.map((g) => g.id)).not.toContain("red-moisturise");
    expect(decoded.result.outcome.guidance.map((g) => g.id)).toContain("red-moisturise");
  });

  it("refuses a link of a version that was never published, naming it", () => {
    const body = [5, 1, 9, 0x09, 0xd3, 0, 0, 1, 3];
    const decoded = decodeToken(versions, sealToken(body));
    expect(decoded).toMatchObject({ ok: false, error: "version" });
    expect(!decoded.ok && decoded.detail).toContain("version 1.9 of the questions, which this site never published");
  });

  it("carries a version 1.0 first check beside a re-check made today, each read with its own version", () => {
    const old = versions.byVersion["1.0"];
    const invite = published.find((p) => p.link.kind === "invite")?.link;
    const first = invite && decodeInvite(versions, invite.token);
    if (!old || !first?.ok) throw new Error("no 1.0 invite");
    const now = {
      ...first.first.answers,
      emergency: ["none"],
      warning: ["none"],
      risk: undefined,
      care_weeks: 4,
      progress: "same",
      impact: ["none"],
    };
    const todays = walk(tree, Object.fromEntries(Object.entries(now).filter(([, v]) => v !== undefined)) as never);
    if (todays.status !== "done") throw new Error(`re-check did not finish: ${todays.status}`);
    const token = encodeToken(tree, todays.answers, { ...first.first, tree: old }, "2026-12-18", "en");
    const decoded = decodeToken(versions, token);
    if (!decoded.ok) throw new Error(decoded.detail);
    expect(decoded.tree.version).toBe(tree.version);
    expect(decoded.first?.tree.version).toBe("1.0");
    expect(decoded.first && summary(decoded.first.result.outcome)).toEqual(invite?.expect);
    expect(decoded.result.outcome.rule).toBe("no-improvement");
  });
});
