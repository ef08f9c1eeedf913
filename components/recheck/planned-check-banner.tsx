"use client";

import { noSubscription, useClientValue } from "../browser-state/client-value";
import { formatIsoDate } from "../../lib/recheck/dates";
import { plan as storedPlan } from "../browser-state/plan-store";

/** On the start page, for a person who saved a plan on this device: when to check back, and a way in. */
export function PlannedCheckBanner() {
  const plan = useClientValue(noSubscription, storedPlan.read);
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
