import type { IsoDate } from "../lib/recheck/dates";

// A check-in plan the person chose to keep on this device by adding a calendar reminder: only the date and
// the link back (whose answers sit after "#"). The start page reads it, so this module stays tiny: a plain
// shape check instead of a schema library keeps the landing page at the framework's own size.
export const PLAN_KEY = "red-pores-check:plan";
export type Plan = { checkBackDate: IsoDate; link: string };

export function savePlan(plan: Plan) {
  try {
    window.localStorage.setItem(PLAN_KEY, JSON.stringify(plan));
  } catch {
    // The calendar link still works without it.
  }
}

let cachedRaw: string | null = null;
let cachedPlan: Plan | null = null;

export function readPlan(): Plan | null {
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(PLAN_KEY);
  } catch {
    return null;
  }
  if (raw === cachedRaw) return cachedPlan;
  cachedRaw = raw;
  cachedPlan = null;
  try {
    const value: unknown = raw ? JSON.parse(raw) : null;
    if (
      typeof value === "object" &&
      value !== null &&
      "checkBackDate" in value &&
      "link" in value &&
      typeof value.checkBackDate === "string" &&
      /^\d{4}-\d{2}-\d{2}$/.test(value.checkBackDate) &&
      typeof value.link === "string" &&
      value.link.startsWith(`${window.location.origin}/recheck/#`)
    ) {
      cachedPlan = { checkBackDate: value.checkBackDate, link: value.link };
    }
  } catch {
    cachedPlan = null;
  }
  return cachedPlan;
}
