import type { GuidanceItem } from "../tree/schema";

/** How many care steps the result shows before "Show all": enough to start with, short enough for a phone. */
export const stepsShownFirst = 3;

export type CareKind = GuidanceItem["kind"];

/** The order groups are shown in, as the NHS does: what to do, what not to do, then facts to know. */
export const careKinds: readonly CareKind[] = ["do", "dont", "know"];

/**
 * The care steps in the order a person should read them: the steps the tree marks `first`, then the other
 * steps, each in the tree's order; facts to know come last.
 */
export function careStepsInOrder(items: readonly GuidanceItem[]): GuidanceItem[] {
  const steps = items.filter((item) => item.kind !== "know");
  return [
    ...steps.filter((item) => item.first),
    ...steps.filter((item) => !item.first),
    ...items.filter((item) => item.kind === "know"),
  ];
}

/** The steps shown straight away and the rest, behind "Show all"; every item is in exactly one. */
export function splitCareSteps(items: readonly GuidanceItem[], shown = stepsShownFirst) {
  const ordered = careStepsInOrder(items);
  return { first: ordered.slice(0, shown), rest: ordered.slice(shown) };
}

/** The items by kind, in `careKinds` order, leaving out kinds with none. Keeps the items' own order. */
export function groupByKind(items: readonly GuidanceItem[]): { kind: CareKind; items: GuidanceItem[] }[] {
  return careKinds
    .map((kind) => ({ kind, items: items.filter((item) => item.kind === kind) }))
    .filter((group) => group.items.length > 0);
}

/** The steps in the order the page shows them: the first ones by group, then the rest by group. */
export function careStepsAsShown(items: readonly GuidanceItem[]): GuidanceItem[] {
  const { first, rest } = splitCareSteps(items);
  return [first, rest].flatMap((part) => groupByKind(part).flatMap((group) => group.items));
}
