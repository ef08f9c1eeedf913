import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { currentPage } from "../lib/journey/navigation";
import { walk } from "../lib/journey/walk";
import { useAnswers } from "./answers-store";
import { pageHref } from "./page-href";
import { useTree } from "./tree-context";

/**
 * The finished journey for pages that show an outcome (result, summary). Until the journey is finished the
 * page redirects to where the person should be; `leave` stops that while the page deletes the answers.
 */
export function useFinishedJourney() {
  const tree = useTree();
  const answers = useAnswers();
  const router = useRouter();
  const [leaving, setLeaving] = useState(false);
  const result = answers ? walk(tree, answers) : undefined;
  const finished = result?.status === "done" ? result : undefined;
  const empty = answers !== null && Object.keys(answers).length === 0;
  const redirectHref =
    answers && !finished && !leaving ? (empty ? "/" : pageHref(currentPage(tree, answers))) : undefined;

  useEffect(() => {
    if (redirectHref) router.replace(redirectHref);
  }, [redirectHref, router]);

  return { finished, leave: () => setLeaving(true) };
}
