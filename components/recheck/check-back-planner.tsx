"use client";

import { useState } from "react";
import type { Answers } from "../../lib/journey/answers";
import type { Outcome } from "../../lib/journey/outcome";
import { checkBackOn, formatIsoDate, localIsoDate, parseIsoDate } from "../../lib/recheck/dates";
import { reminderIcs } from "../../lib/recheck/ics";
import { languageTag } from "../../lib/i18n/locales";
import { plan } from "./plan-store";
import { ActionsWithStatus } from "../common/actions-with-status";
import { downloadFile } from "../common/download-file";
import { recheckUrl } from "../common/share-links";
import { Cite } from "../common/references";
import { useLocale, useT } from "../common/locale-context";
import { useTree } from "../common/tree-context";
import { askToKeep } from "../common/browser-state/keep-storage";
import { useCheckedOn } from "../common/browser-state/answers-store";

/**
 * On a self-care result: the day home care starts (today unless changed, or the day of a check opened from a file), the check-back date that follows,
 * a calendar reminder with a link back, and that link itself.
 */
export function CheckBackPlanner({ outcome, answers }: { outcome: Outcome; answers: Answers }) {
  const tree = useTree();
  const t = useT();
  const locale = useLocale();
  const [today] = useState(() => localIsoDate(new Date()));
  // A check opened from a saved file started on its own day, not today.
  const checkedOn = useCheckedOn();
  const [chosen, setChosen] = useState<string | null>(null);
  const typed = chosen ?? checkedOn ?? today;
  const [status, setStatus] = useState("");
  const checkBack = outcome.finding?.checkBack;
  if (!checkBack || outcome.checkBackWeeks === undefined) return null;

  const startDate = parseIsoDate(typed) ?? today;
  const date = checkBackOn(startDate, outcome.checkBackWeeks);
  const link = recheckUrl(tree, { answers, startDate }, locale);
  const title = t("checkBack.reminderTitle");

  const downloadReminder = async () => {
    const ics = reminderIcs({
      date,
      title,
      description: t("checkBack.reminderDescription", { link }),
      url: link,
      uid: `${crypto.randomUUID()}@red-pores-check`,
      now: new Date(),
      language: languageTag[locale],
    });
    plan.write({ checkBackDate: date, link });
    downloadFile(t("checkBack.reminderFile"), "text/calendar", ics);
    const kept = await askToKeep();
    setStatus(`${t("checkBack.planKept")} ${t(`storage.${kept}`)}`);
  };

  return (
    <section aria-labelledby="check-back-heading">
      <h2 className="heading-m" id="check-back-heading">
        {t("checkBack.heading")}
      </h2>
      <p>
        {t("checkBack.give", { window: checkBack.say })}{" "}
        <strong data-check-back-date>{formatIsoDate(date, locale)}</strong>
        {t("checkBack.bookAppointment")}
      </p>
      <Cite ids={checkBack.sources} />
      <div className="form-group">
        <label className="label" htmlFor="start-date">
          {t("checkBack.startLabel")}
        </label>
        <div className="hint" id="start-date-hint">
          {t("checkBack.startHint")}
        </div>
        <input
          className="input"
          id="start-date"
          type="date"
          value={typed}
          max={checkBackOn(today, 52)}
          aria-describedby="start-date-hint"
          onChange={(event) => setChosen(event.target.value)}
        />
      </div>
      <ActionsWithStatus status={status}>
        <button type="button" className="button button--secondary" onClick={downloadReminder}>
          {t("checkBack.addReminder")}
        </button>
      </ActionsWithStatus>
      <p>
        {t("checkBack.reminderNote", { title })} <a href={link}>{t("checkBack.reminderLink")}</a>.{" "}
        {t("checkBack.reminderKeeps")}
      </p>
    </section>
  );
}
