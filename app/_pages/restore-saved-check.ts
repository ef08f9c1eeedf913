import { restoreCheck } from "../../components/common/browser-state/answers-store";
import { askToKeep } from "../../components/common/browser-state/keep-storage";
import { recheckUrl } from "../../components/common/share-links";
import { restorePhotos } from "../../components/photos/photo-store";
import { plan } from "../../components/recheck/plan-store";
import type { Locale } from "../../lib/i18n/locales";
import { checkBackOn, type IsoDate } from "../../lib/recheck/dates";
import type { OpenedCheck } from "../../lib/saved-check/read";
import type { TreeVersions } from "../../lib/tree/versions";

// Opening a saved check puts back what three features keep (the answers, the photos, the check-back plan),
// so it lives where they meet, and is loaded only once a file has been read.

/** The photos of a saved check, back in this browser's photo store. */
export async function restoreSavedPhotos(check: OpenedCheck) {
  await restorePhotos(
    check.photos.map(({ jpeg, ...photo }) => ({ ...photo, image: new Blob([jpeg], { type: "image/jpeg" }) })),
  );
}

/** The check-back date and the reminder's link, as adding the reminder kept them. */
export function restorePlan(link: string, startDate: IsoDate, weeks: number | undefined) {
  if (weeks !== undefined) plan.write({ checkBackDate: checkBackOn(startDate, weeks), link });
}

/** From the start page: the check becomes this tab's, its photos and plan come back, and the browser is asked to keep them. */
export async function restoreSavedCheck(check: OpenedCheck, versions: TreeVersions, locale: Locale) {
  await restoreSavedPhotos(check);
  const tree = versions.byVersion[check.version] ?? versions.today;
  const first = { answers: check.answers, startDate: check.checkedOn, version: check.version };
  restorePlan(recheckUrl(tree, first, locale), check.checkedOn, check.result.outcome.checkBackWeeks);
  restoreCheck({
    answers: check.answers,
    version: check.version,
    checkedOn: check.checkedOn,
    answeredIn: check.answeredIn,
    first: check.first && {
      answers: check.first.answers,
      startDate: check.first.checkedOn,
      version: check.first.version,
    },
  });
  await askToKeep();
}
