"use client";

import { useState } from "react";
import { noSubscription, useClientValue } from "../../components/common/browser-state/client-value";
import { askToKeep } from "../../components/common/browser-state/keep-storage";
import { useT } from "../../components/common/locale-context";
import { useTree, useTreeVersions } from "../../components/common/tree-context";
import { KeptPhotosNote } from "../../components/photos/kept-photos-note";
import { usePhotos } from "../../components/photos/photo-store";
import { plan } from "../../components/recheck/plan-store";
import { RecheckStart, type FirstCheckDates } from "../../components/recheck/recheck-start";
import { OpenSavedCheck } from "../../components/saved-check/open-saved-check";

/**
 * What this browser still keeps of the first check: how many photos, or, when the photos or the check-back
 * date are gone (Safari deletes them after seven days without a visit), a sentence that says so. Either way a
 * saved check can be opened to bring its photos and date back.
 */
function KeptOrLost({ startDate, checkBackWeeks }: FirstCheckDates) {
  const t = useT();
  const tree = useTree();
  const versions = useTreeVersions();
  const photos = usePhotos();
  const planned = useClientValue(noSubscription, plan.read);
  const [restored, setRestored] = useState(false);
  if (photos === null) return null;
  const planHere = planned !== null && new URL(planned.link).hash === window.location.hash;
  const lost = !restored && (photos.length === 0 || (checkBackWeeks !== undefined && !planHere));
  return (
    <>
      <KeptPhotosNote />
      {lost && <p data-lost>{t("savedCheck.lost")}</p>}
      <OpenSavedCheck
        loadVersions={async () => versions}
        titleOf={(id) => tree.questions.find((question) => question.id === id)?.title}
        restore={async (check) => {
          const { restorePlan, restoreSavedPhotos } = await import("./restore-saved-check");
          await restoreSavedPhotos(check);
          restorePlan(window.location.href, startDate, checkBackWeeks);
          await askToKeep();
          setRestored(true);
        }}
      />
    </>
  );
}

/** The re-check's first page, with what this browser keeps to compare with. */
export function RecheckPage() {
  return <RecheckStart Kept={KeptOrLost} />;
}
