"use client";

import { useRouter } from "next/navigation";
import { useLocale, useRoutes } from "../../components/common/locale-context";
import { OpenSavedCheck } from "../../components/saved-check/open-saved-check";
import { publishedTrees } from "../../lib/saved-check/published-trees";

type Props = { versions: readonly string[]; today: string; titles: Readonly<Record<string, string>> };

/**
 * "Open a saved check" on the start page, which carries no tree: the published versions are loaded once a file
 * is chosen. An opened check becomes this tab's, and its result shows.
 */
export function OpenCheckOnStart({ versions, today, titles }: Props) {
  const router = useRouter();
  const routes = useRoutes();
  const locale = useLocale();
  return (
    <OpenSavedCheck
      loadVersions={() => publishedTrees(versions, today)}
      titleOf={(id) => titles[id]}
      restore={async (check, trees) => {
        const { restoreSavedCheck } = await import("./restore-saved-check");
        await restoreSavedCheck(check, trees, locale);
        router.push(routes.result);
      }}
    />
  );
}
