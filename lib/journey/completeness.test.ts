import { describe, expect, it } from "vitest";
import { fixtureJson, fixtureTree } from "../testing/fixture-tree";
import { answerClasses } from "../tree/answer-classes";
import { parseTree } from "../tree/parse";
import type { Tree } from "../tree/schema";
import { checkComplete, describePath, walkEveryClass } from "./completeness";

/** The fixture with one change, parsed like the real tree (the structural checks must still pass). */
function fixtureWith(change: (json: typeof fixtureJson) => void): Tree {
  const json = structuredClone(fixtureJson);
  change(json);
  const result = parseTree(json);
  if (!result.ok) throw new Error(result.problems.join("\n"));
  return result.tree;
}

const shape = (json: typeof fixtureJson) => json.questions.find((q) => q.id === "shape") as { options: object[] };

describe("answerClasses", () => {
  const classes = answerClasses(fixtureTree());

  it("keeps each option a predicate names, and one option for all the others of a single choice", () => {
    expect(classes.get("colour")?.map((c) => c.answer)).toEqual(["red", "plain"]);
    // trend: only "worse" is named; "better" stands for the rest.
    expect(classes.get("trend")).toEqual([
      { answer: "worse", options: ["worse"] },
      { answer: "better", options: ["better"] },
    ]);
  });

  it("gives a multi choice every set of its named options, with and without an unnamed one, and its none", () => {
    expect(classes.get("caution")?.map((c) => c.answer)).toEqual([
      ["none"],
      ["sign"],
      ["other_sign"],
      ["sign", "other_sign"],
    ]);
    // sos names only "sign": "other_sign" stands for the options no predicate names.
    expect(classes.get("sos")).toEqual([
      { answer: ["none"], options: ["none"] },
      { answer: ["other_sign"], options: ["other_sign"] },
      { answer: ["sign"], options: ["sign"] },
      { answer: ["sign", "other_sign"], options: ["sign", "other_sign"] },
    ]);
  });

  it("cuts a number at its lowest value and at every threshold, each finding's window included", () => {
    // weeks ≥ 1 routes to trend; weeks ≥ check-back compares with the windows 2 and 3.
    expect(classes.get("weeks")).toEqual([0, 1, 2, 3].map((answer) => ({ answer, options: [] })));
  });

  it("leaves out thresholds no answer can cross, and repeats none", () => {
    const tree = fixtureWith((json) => {
      const trend = json.questions.find((q) => q.id === "trend") as { next: object[] };
      // 0 is the lowest answer already, 11 is above the highest, 2 is a window already.
      trend.next = [0, 11, 2].map((weeks) => ({ when: { question: "weeks", atLeast: weeks }, goto: "end" }));
      trend.next.push({ goto: "end" });
    });
    expect(
      answerClasses(tree)
        .get("weeks")
        ?.map((c) => c.answer),
    ).toEqual([0, 1, 2, 3]);
  });

  it("names every option when predicates name them all, with no stand-in", () => {
    // colour's two options are both named (red by a route, plain by a finding).
    expect(classes.get("colour")).toEqual([
      { answer: "red", options: ["red"] },
      { answer: "plain", options: ["plain"] },
    ]);
    const tree = fixtureWith((json) => {
      const caution = json.questions.find((q) => q.id === "caution") as { options: { id: string }[] };
      caution.options = caution.options.filter((o) => o.id !== "other_sign");
      const rule = json.rules.find((r) => r.id === "caution-signs") as { when: object };
      rule.when = { question: "caution", includes: "sign" };
    });
    expect(
      answerClasses(tree)
        .get("caution")
        ?.map((c) => c.answer),
    ).toEqual([["none"], ["sign"]]);
  });
});

describe("checkComplete", () => {
  it("finds the fixture complete, walking every class of journey", () => {
    const { journeys, problems } = checkComplete(fixtureTree());
    expect(problems).toEqual([]);
    // sos: 2 of its 4 classes end at once, 2 go on; caution: 3 of 4 end; then colour red → shape (2 options) or
    // plain, each to weeks 0 (ends) or 1, 2, 3 (each to trend's 2 classes): 3 × 7 journeys.
    expect(journeys).toBe(2 + 2 * (3 + 3 * (1 + 3 * 2)));
  });

  it("names an option that no finding matches, with an example path", () => {
    const tree = fixtureWith((json) =>
      shape(json).options.push({ id: "ringed", label: "Ringed", statement: "ringed" }),
    );
    expect(checkComplete(tree).problems).toEqual([
      "question 'shape', option 'ringed': leads nowhere: no finding matches the answers on path sos → caution → colour → shape → weeks; for example sos=none → caution=none → colour=red → shape=ringed → weeks=0",
    ]);
  });

  it("names an option no journey can reach", () => {
    // The route to shape needs colour to be red and plain at once: shape is in the graph but never asked.
    const tree = fixtureWith((json) => {
      const colour = json.questions.find((q) => q.id === "colour") as { next: object[] };
      const both = [
        { question: "colour", equals: "red" },
        { question: "colour", equals: "plain" },
      ];
      colour.next = [{ when: { all: both }, goto: "shape" }, { goto: "weeks" }];
    });
    expect(checkComplete(tree).problems).toEqual([
      // Without shape, red skin matches no finding either: the check says so too.
      "question 'colour', option 'red': leads nowhere: no finding matches the answers on path sos → caution → colour → weeks; for example sos=none → caution=none → colour=red → weeks=0",
      "question 'shape', option 'bumpy': no journey can answer it (never reached)",
      "question 'shape', option 'flat': no journey can answer it (never reached)",
    ]);
  });

  it("names a finding a shared care step leaves out, unless notFor names it", () => {
    const shared = (notFor?: string[]) =>
      fixtureWith((json) => {
        const item = json.guidance.find((g) => g.id === "red-care") as Record<string, unknown>;
        item.shared = true;
        if (notFor) item.notFor = notFor;
      });
    expect(checkComplete(shared()).problems).toEqual([
      "guidance 'red-care': a shared step, but not for finding 'patch', which its when can reach (for example sos=none → caution=none → colour=red → shape=flat → weeks=0): add 'patch' to its \"for\", or to its \"notFor\" where SPEC.md section 5 makes an exception",
    ]);
    expect(checkComplete(shared(["patch"])).problems).toEqual([]);
  });

  it("names one failing journey when no single option is to blame", () => {
    // Only red and bumpy skin after two or more weeks of care matches nothing: each option also leads somewhere.
    const tree = fixtureWith((json) => {
      const bumps = json.findings.find((f) => f.id === "bumps") as { when: object };
      bumps.when = { all: [{ question: "shape", equals: "bumpy" }, { not: { question: "weeks", atLeast: 2 } }] };
    });
    expect(checkComplete(tree).problems).toEqual([
      "a journey leads nowhere: no finding matches the answers on path sos → caution → colour → shape → weeks → trend; for example sos=none → caution=none → colour=red → shape=bumpy → weeks=2 → trend=worse",
    ]);
  });

  it("writes a multi-choice answer with + between its options", () => {
    const steps = walkEveryClass(fixtureTree()).find((e) => e.steps[0]?.[1].options.length === 2)?.steps ?? [];
    expect(describePath(steps)).toBe("sos=sign+other_sign");
  });

  it("walks only whole journeys: each ending answers exactly the questions on its path", () => {
    for (const ending of walkEveryClass(fixtureTree())) {
      expect(Object.keys(ending.answers)).toEqual(ending.steps.map(([question]) => question));
    }
  });
});
