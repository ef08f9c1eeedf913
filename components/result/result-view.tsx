"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type ComponentType } from "react";
import type { Answers } from "../../lib/journey/answers";
import type { Outcome } from "../../lib/journey/outcome";
import type { FinishedWalk } from "../../lib/journey/walk";
import { useCheckedOn, useFirstCheck } from "../common/browser-state/answers-store";
import { CareCard } from "./care-card";
import { BeforeAfter } from "../common/before-after";
import { HandoutLink } from "./handout-link";
import { CarePlan } from "./care-plan";
import { LooksLike, Reasons, SafetyStop, SoonerIf } from "./outcome-sections";
import { ReferenceList, ReferencesProvider } from "../common/references";
import {
  numberReferences,
  resultCitations,
  resultSections,
  type ResultSection,
} from "../../lib/report/result-references";
import { handoutUrl } from "../common/share-links";
import { useLocale, useRoutes, useT } from "../common/locale-context";
import { useTree, useTreeVersions } from "../common/tree-context";
import { pathInLocale } from "../../lib/i18n/locales";
import { useJourney } from "../common/browser-state/use-journey";
import { usePageHeading } from "../common/browser-state/visit-history";
import { outcomeAttributes } from "../common/outcome-attributes";

type SectionProps = { outcome: Outcome; answers: Answers };

/**
 * What the result page shows of other features, handed in by the page (app/_pages/result-page.tsx): a feature
 * never imports another. `deleteAllButPhotos` deletes what is kept for this check but the photos;
 * `deleteEverything` the photos too, and resolves once they are gone.
 */
export type ResultParts = {
  CheckBack: ComponentType<SectionProps>;
  Photos: ComponentType<{ comparing: boolean }>;
  SaveCheck: ComponentType<{ journey: FinishedWalk }>;
  deleteAllButPhotos: () => void;
  deleteEverything: () => Promise<void>;
};

export function ResultView({ CheckBack, Photos, SaveCheck, deleteAllButPhotos, deleteEverything }: ResultParts) {
  const sections: Record<ResultSection, ComponentType<SectionProps>> = {
    looksLike: LooksLike,
    care: CarePlan,
    checkBack: CheckBack,
    reasons: Reasons,
    soonerIf: SoonerIf,
  };
  const tree = useTree();
  const versions = useTreeVersions();
  const t = useT();
  const locale = useLocale();
  const routes = useRoutes();
  const router = useRouter();
  const journey = useJourney({ kind: "result" });
  const finished = journey?.walk.status === "done" ? journey.walk : undefined;
  const outcome = finished?.outcome;
  const heading = usePageHeading<HTMLHeadingElement>(outcome !== undefined);
  const first = useFirstCheck();
  const checkedOn = useCheckedOn();
  const [deleteProblem, setDeleteProblem] = useState("");

  if (!finished || !outcome) return <main id="main-content" className="main" />;

  const startAgain = () => {
    deleteAllButPhotos();
    router.push(routes.question(tree.start));
  };
  // Everything goes: the answers and the photos kept on this device. The page only says so once it is true.
  const deleteAll = async () => {
    try {
      await deleteEverything();
    } catch {
      setDeleteProblem(t("result.deleteFailed"));
      return;
    }
    router.push(routes.answersDeleted);
  };

  const references = numberReferences(resultCitations(tree, outcome));
  return (
    <ReferencesProvider numbers={references}>
      <main id="main-content" className="main" {...outcomeAttributes(outcome)}>
        <CareCard urgency={outcome.urgency} action={outcome.action} heading={heading}>
          {outcome.condition === "not_assessed" && <SafetyStop finished={finished} />}
        </CareCard>

        {first && <BeforeAfter first={first} now={finished} />}

        {outcome.condition !== "not_assessed" && (
          <>
            {resultSections.map((section) => {
              const Section = sections[section];
              return <Section key={section} outcome={outcome} answers={finished.answers} />;
            })}
            <Photos comparing={first !== null} />
          </>
        )}

        <section aria-labelledby="share-heading">
          <h2 className="heading-m" id="share-heading">
            {t("result.shareHeading")}
          </h2>
          <p>
            <Link href={routes.summary}>{t("result.summaryLink")}</Link> {t("result.summaryLinkAfter")}
          </p>
          {locale !== "en" && (
            <p>
              <a href={pathInLocale(routes.summary, "en")} hrefLang="en">
                {t("result.englishCopy")}
              </a>
            </p>
          )}
          <p>{t("result.handoutIntro")}</p>
          <HandoutLink url={handoutUrl(versions, finished.answers, locale, first, checkedOn ?? undefined)} />
        </section>

        <SaveCheck journey={finished} />

        {deleteProblem && (
          <p className="error-message" role="alert">
            {deleteProblem}
          </p>
        )}
        <div className="button-group">
          <button type="button" className="button button--secondary" onClick={startAgain}>
            {t("result.startAgain")}
          </button>
          <button type="button" className="button button--warning" onClick={deleteAll}>
            {t("result.deleteAll")}
          </button>
        </div>
        <ReferenceList numbers={references} />
      </main>
    </ReferencesProvider>
  );
}
