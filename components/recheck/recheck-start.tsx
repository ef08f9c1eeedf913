"use client";

import { useRouter } from "next/navigation";
import { useState, type ComponentType } from "react";
import { formatIsoDate, localIsoDate, weeksOfCare, type IsoDate } from "../../lib/recheck/dates";
import { decodeInvite } from "../../lib/share/decode-token";
import { useLocale, useRoutes, useT } from "../common/locale-context";
import { useChangedSince, useTree, useTreeVersions } from "../common/tree-context";
import { startRecheck } from "../common/browser-state/answers-store";
import { LinkError } from "../common/link-error";
import { NeedsScript } from "../common/needs-script";
import { askedAgainOnRecheck } from "../../lib/tree/roles";
import { useHash } from "../common/browser-state/use-hash";
import { usePageHeading } from "../common/browser-state/visit-history";

/** The first check's start date and check-back window, for what other features keep of it. */
export type FirstCheckDates = { startDate: IsoDate; checkBackWeeks?: number };

/**
 * The page the calendar reminder opens: the first check, then a button to start the re-check. `Kept` says what
 * this browser keeps of the first check (app/_pages/recheck-page.tsx hands it in).
 */
export function RecheckStart({ Kept }: { Kept: ComponentType<FirstCheckDates> }) {
  const tree = useTree();
  const t = useT();
  const locale = useLocale();
  const routes = useRoutes();
  const hash = useHash();
  const router = useRouter();
  const versions = useTreeVersions();
  const changedSince = useChangedSince();
  const decoded = hash === null ? undefined : decodeInvite(versions, hash);
  const heading = usePageHeading<HTMLHeadingElement>(decoded !== undefined);
  const [today] = useState(() => localIsoDate(new Date()));

  if (!decoded) return <NeedsScript message={t("noscript.recheck")} />;
  if (!decoded.ok) return <LinkError error={decoded.error} heading={heading} />;

  const { first } = decoded;
  const urgency = first.tree.urgencies[first.result.outcome.urgency];
  const weeks = weeksOfCare(first.startDate, today);
  // A first check made with an older version carries over only the answers whose questions did not change.
  const changed = first.version === tree.version ? [] : (changedSince[first.version ?? ""] ?? []);
  const start = () => {
    const carriedOver = Object.fromEntries(
      Object.entries(first.answers).filter(([id]) => !askedAgainOnRecheck(tree, id) && !changed.includes(id)),
    );
    startRecheck(
      { answers: first.answers, startDate: first.startDate, version: first.version },
      carriedOver,
      tree.version,
    );
    // As when changing an answer: Continue skips what is already answered and ends at check your answers.
    router.push(routes.question(tree.start, true));
  };

  return (
    <main id="main-content" className="main">
      <h1 className="heading-l" ref={heading} tabIndex={-1}>
        {t("recheck.title")}
      </h1>
      <p>{t("recheck.started", { date: formatIsoDate(first.startDate, locale), weeks })}</p>
      <div className="inset-text">
        <p>
          {t("recheck.lastTime")} <strong>{`${urgency.label}: ${urgency.title}`}</strong>.
          {first.result.outcome.finding && ` ${t("recheck.lookedLike", { name: first.result.outcome.finding.name })}`}
        </p>
      </div>
      <p>{t("recheck.explain")}</p>
      <Kept startDate={first.startDate} checkBackWeeks={first.result.outcome.checkBackWeeks} />
      <button type="button" className="button" onClick={start}>
        {t("recheck.start")}
      </button>
    </main>
  );
}
