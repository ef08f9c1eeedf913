"use client";

import { useSyncExternalStore } from "react";
import { formatIsoDate } from "../lib/recheck/dates";
import { readPlan } from "./plan-store";

const noSubscription = () => () => {};

/** On the start page, for a person who saved a plan on this device: when to check back, and a way in. */
export function PlannedCheckBanner() {
  const plan = useSyncExternalStore(noSubscription, readPlan, () => null);
  if (!plan) return null;
  return (
    <div className="notification" role="region" aria-labelledby="planned-check-heading">
      <h2 className="heading-m notification__heading" id="planned-check-heading">
        Your skin check-in
      </h2>
      <p>
        Your check-in date is {formatIsoDate(plan.checkBackDate)}. <a href={plan.link}>Start your re-check</a>
      </p>
    </div>
  );
}
