import type { Answers } from "../../lib/journey/answers";
import { localIsoDate, type IsoDate } from "../../lib/recheck/dates";
import type { Locale } from "../../lib/i18n/locales";
import { readAnsweredIn } from "./browser-state/answers-store";
import { routesFor } from "../../lib/routes";
import { encodeToken, type FirstCheck } from "../../lib/share/token";
import type { Tree } from "../../lib/tree/schema";
import type { TreeVersions } from "../../lib/tree/versions";

// Kept apart from lib/routes.ts so that question pages, which only navigate, never load the token code.

/**
 * The clinician handout link: the answers, the date of the check (today, unless it was opened from a file) and the language the person
 * answered in travel after "#", which browsers never send to a server. The page's language is the link's.
 */
export function handoutUrl(
  versions: TreeVersions,
  answers: Answers,
  locale: Locale,
  first?: FirstCheck | null,
  checkedOn: IsoDate = localIsoDate(new Date()),
): string {
  const answeredIn = readAnsweredIn() ?? locale;
  // A first check is encoded with the version of the tree it was made with (SPEC.md section 7).
  const firstWithTree = first
    ? { ...first, tree: versions.byVersion[first.version ?? versions.today.version] }
    : undefined;
  const token = encodeToken(versions.today, answers, firstWithTree, checkedOn, answeredIn);
  return `${window.location.origin}${routesFor(locale).handout(token)}`;
}

/** The link back for a re-check: the first check and its start date, after "#". */
export function recheckUrl(tree: Tree, first: FirstCheck, locale: Locale): string {
  return `${window.location.origin}${routesFor(locale).recheck(encodeToken(tree, {}, first))}`;
}
