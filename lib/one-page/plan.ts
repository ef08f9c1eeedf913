import { tree } from "../tree/load";
import { compileOnePage, type OnePagePlan } from "./compile";

// Build time only: the page of every language and the stylesheet share one compiled plan (it takes seconds).
let compiled: OnePagePlan | undefined;

/** Today's tree compiled for the one-page check, once per build. */
export function onePagePlan(): OnePagePlan {
  compiled ??= compileOnePage(tree);
  return compiled;
}
