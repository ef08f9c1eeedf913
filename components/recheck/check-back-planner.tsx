"use client";

import { useState } from "react";
import type { Answers } from "../../lib/journey/answers";
import type { Outcome } from "../../lib/journey/outcome";
import { checkBackOn, formatIsoDate, localIsoDate, parseIsoDate } from "../../lib/recheck/dates";
import { reminderIcs } from "../../lib/recheck/ics";
import { plan } from "../browser-state/plan-store";
import { downloadFile } from "../common/download-file";
import { recheckUrl } from "../documents/share-links";
import { Cite } from "../result/references";
import { useTree } from "../common/tree-context";

/**
 * On a self-care result: the day home care starts (today unless changed), the check-back date that follows,
 * a calendar reminder with a link back, and that link itself.
 */
export function CheckBackPlanner({ outcome, answers }: { outcome: Outcome; answers: Answers }) {
  const tree = useTree();
  const [today] = useState(() => localIsoDate(new Date()));
  const [typed, setTyped] = useState(today);
  const checkBack = outcome.finding?.checkBack;
  if (!checkBack || outcome.checkBackWeeks === undefined) return null;

  const startDate = parseIsoDate(typed) ?? today;
  const date = checkBackOn(startDate, outcome.checkBackWeeks);
  const link = recheckUrl(tree, { answers, startDate });

  const downloadReminder = () => {
    const ics = reminderIcs({
      date,
      title: "Skin check-in",
      description: `Time to check how your skin is doing. Open this link to start your re-check: ${link}`,
      url: link,
      uid: `${crypto.randomUUID()}@red-pores-check`,
      now: new Date(),
    });
    plan.write({ checkBackDate: date, link });
    downloadFile("skin-check-in.ics", "text/calendar", ics);
  };

  return (
    <section aria-labelledby="check-back-heading">
      <h2 className="heading-m" id="check-back-heading">
        When to check back
      </h2>
      <p>
        Follow these steps every day. Give them {checkBack.say}. If your skin is not better by{" "}
        <strong data-check-back-date>{formatIsoDate(date)}</strong>, book an appointment with a doctor or dermatologist.
      </p>
      <Cite ids={checkBack.sources} />
      <div className="form-group">
        <label className="label" htmlFor="start-date">
          When do you start the home care?
        </label>
        <div className="hint" id="start-date-hint">
          Today, unless you choose another day. The date above follows it.
        </div>
        <input
          className="input"
          id="start-date"
          type="date"
          value={typed}
          max={checkBackOn(today, 52)}
          aria-describedby="start-date-hint"
          onChange={(event) => setTyped(event.target.value)}
        />
      </div>
      <button type="button" className="button button--secondary" onClick={downloadReminder}>
        Add a reminder to your calendar
      </button>
      <p>
        The reminder is called “Skin check-in”, so nothing about your health shows on a shared calendar. It holds a link
        back here to start your re-check: <a href={link}>start your re-check</a>. Adding it also keeps your answers on
        this device so you can come back to this site; “Delete my answers and photos” removes them.
      </p>
    </section>
  );
}
