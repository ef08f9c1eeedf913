import { describePredicate } from "./predicates";
import { END } from "./end";
import type { Tree } from "./schema";

const nodeId = (id: string) => (id === END ? "decide" : `q_${id}`);
const label = (text: string) => text.replace(/"/g, "#quot;");

/** docs/decision-tree.md: the routing as a Mermaid flowchart, then the findings and rules as tables. */
export function treeDiagram(tree: Tree): string {
  const lines = [
    "# Decision tree",
    "",
    `Generated from \`decision-tree/tree.json\` (version ${tree.version}) by \`npm run tree:diagram\`. Do not edit by hand.`,
    "",
    "## Which questions are asked",
    "",
    "Routes are tried top to bottom; the first whose condition holds is taken.",
    "",
    "```mermaid",
    "flowchart TD",
    ...tree.questions.map((q) => `  ${nodeId(q.id)}["${label(`${q.id}: ${q.title}`)}"]`),
    `  ${nodeId(END)}(["Decide the outcome (rules below)"])`,
  ];
  for (const question of tree.questions) {
    for (const route of question.next) {
      const text = route.when ? describePredicate(route.when) : question.next.length > 1 ? "otherwise" : "";
      const arrow = text ? `-->|"${label(text)}"|` : "-->";
      lines.push(`  ${nodeId(question.id)} ${arrow} ${nodeId(route.goto)}`);
    }
  }
  lines.push("```", "", "## What the answers look most like (first match wins)", "");
  lines.push("| finding | condition | check back after | when |", "|---|---|---|---|");
  for (const f of tree.findings) {
    lines.push(
      `| ${f.id} | ${f.condition} | ${f.checkBack ? `${f.checkBack.weeks} weeks` : "—"} | ${describePredicate(f.when)} |`,
    );
  }
  lines.push("", "## How urgent (first match wins; if none matches: self_care)", "");
  lines.push("| rule | urgency | when |", "|---|---|---|");
  for (const r of tree.rules) {
    const urgency = r.assessed ? r.urgency : `${r.urgency} (not assessed)`;
    lines.push(`| ${r.id} | ${urgency} | ${describePredicate(r.when)} |`);
  }
  return `${lines.join("\n")}\n`;
}
