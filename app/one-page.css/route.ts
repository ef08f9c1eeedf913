import { onePageCss } from "../../lib/one-page/css";
import { onePagePlan } from "../../lib/one-page/plan";
import { tree } from "../../lib/tree/load";

// Written into out/one-page.css at build time: the one-page check's conditions, compiled from the tree. The
// input ids are the tree's, the same in every language, so one stylesheet serves them all.
export const dynamic = "force-static";

export function GET() {
  return new Response(onePageCss(tree, onePagePlan()), { headers: { "content-type": "text/css; charset=utf-8" } });
}
