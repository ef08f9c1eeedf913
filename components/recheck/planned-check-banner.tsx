"use client";

import { noSubscription, useClientValue } from "../common/browser-state/client-value";
import { formatIsoDate } from "../../lib/recheck/dates";
import { plan as storedPlan } from "./plan-store";
import { useLocale, useT } from "../common/locale-context";

/** On the start page, for a person who saved a plan on this device: when to check back, and a way in. */
export function PlannedCheckBanner() {
  const plan = useClientValue(noSubscription, storedPlan.read);
  const t = useT();
  const locale = useLocale();
  if (!plan) return null;
  return (
    <div className="notification" role="region" aria-labelledby="planned-check-heading">
      <h2 className="heading-m notification__heading" id="planned-check-heading">
        {t("recheck.title")}
      </h2>
      <p>
        {t("recheck.banner", { date: formatIsoDate(plan.checkBackDate, locale) })}{" "}
        <a href={plan.link}>{t("recheck.start")}</a>
      </p>
    </div>
  );
}
