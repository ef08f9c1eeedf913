import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef } from "react";
import type { Answers } from "../../../lib/journey/answers";
import { redirectFor, type Page } from "../../../lib/journey/navigation";
import { walk, type Walk } from "../../../lib/journey/walk";
import { pageHref } from "../../../lib/routes";
import { useLocale } from "../locale-context";
import { carryOver } from "../../../lib/journey/carry-over";
import { useChangedSince, useTree } from "../tree-context";
import { carryOverAnswers, useAnswers, useAnswersVersion } from "./answers-store";

export type Journey = {
  answers: Answers;
  /** The one walk of the answers: every question, link and outcome on the page reads it. */
  walk: Walk;
  /** Where the person belongs instead, when this page may not be shown for their answers. */
  redirect?: string;
};

/**
 * The journey for a page of the questionnaire or its result, or null while the prerendered page hydrates.
 * The answers are walked once per change, not once per question asked of them. When the person arrives at a
 * page their answers do not allow (a question off their path, a result before the end), the hook sends them
 * where they belong: once, on arrival, so a page that deletes the answers can leave for a page of its choice.
 */
export function useJourney(page: Page): Journey | null {
  const tree = useTree();
  const changedSince = useChangedSince();
  const stored = useAnswers();
  const version = useAnswersVersion();
  // Answers given to another version of the tree are never walked with this one: they wait for carryOver.
  const answers = version === null || version === tree.version ? stored : null;
  const router = useRouter();
  const locale = useLocale();
  const walked = useMemo(() => (answers ? { answers, walk: walk(tree, answers) } : null), [tree, answers]);

  useEffect(() => {
    if (!stored || version === null || version === tree.version) return;
    const carried = carryOver(tree, stored, changedSince[version]);
    carryOverAnswers(carried.answers, tree.version, carried.askAgainFrom);
  }, [tree, stored, version, changedSince]);
  const target = walked ? redirectFor(walked.walk, page) : undefined;
  const redirect = target ? pageHref(target, locale) : undefined;
  const arrived = useRef(false);

  useEffect(() => {
    if (!walked || arrived.current) return;
    arrived.current = true;
    if (redirect) router.replace(redirect);
  }, [walked, redirect, router]);

  return walked && { ...walked, redirect };
}
