// Writes docs/decision-tree.md from decision-tree/tree.json (npm run tree:diagram).
import { writeFileSync } from "node:fs";
import { treeDiagram } from "../lib/tree/diagram";
import { tree } from "../lib/tree/load";

writeFileSync("docs/decision-tree.md", treeDiagram(tree));
console.log("wrote docs/decision-tree.md");
