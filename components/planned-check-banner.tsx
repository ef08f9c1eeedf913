"use client";

import { useSyncExternalStore } from "react";
import { checkBackOn, formatIsoDate } from "../lib/recheck/dates";
import { walk } from "../lib/journey/walk";
import { tree } from "../lib/tree/tree-data";
import { readPlan } from "./answers-store";
import { recheckUrl } from "./page-href";

const noSubscription = () => () => {};
let cachedRaw: string | null = null;
let cachedPlan: ReturnType<typeof readPlan> = null;

function planSnapshot() {
  const plan = readPlan();
  const raw = plan ? JSON.stringify(plan) : null;
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cachedPlan = plan;
  }
  return cachedPlan;
}

/** On the start page, for a person who saved a plan on this device: when to check back, and a way in. */
export function PlannedCheckBanner() {
  const plan = useSyncExternalStore(noSubscription, planSnapshot, () => null);
  if (!plan) return null;
  const result = walk(tree, plan.answers);
  const weeks = result.status === "done" ? result.outcome.checkBackWeeks : undefined;
  return (
    <div className="notification" role="region" aria-labelledby="planned-check-heading">
      <h2 className="heading-m notification__heading" id="planned-check-heading">
        Your skin check-in
      </h2>
      <p>
        {weeks !== undefined && `Your check-in date is ${formatIsoDate(checkBackOn(plan.startDate, weeks))}. `}
        <a href={recheckUrl(plan)}>Start your re-check</a>
      </p>
    </div>
  );
}
