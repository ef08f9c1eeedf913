"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { deleteAnswers, useFirstCheck } from "../browser-state/answers-store";
import { CareCard } from "./care-card";
import { BeforeAfter } from "../recheck/before-after";
import { CheckBackPlanner } from "../recheck/check-back-planner";
import { HandoutLink } from "./handout-link";
import { Guidance, LooksLike, Reasons, SafetyStop, SoonerIf } from "./outcome-sections";
import { routes } from "../../lib/routes";
import { handoutUrl } from "../documents/share-links";
import { useTree } from "../common/tree-context";
import { useJourney } from "../browser-state/use-journey";
import { usePageHeading } from "../browser-state/visit-history";

export function ResultView() {
  const tree = useTree();
  const router = useRouter();
  const journey = useJourney({ kind: "result" });
  const finished = journey?.walk.status === "done" ? journey.walk : undefined;
  const outcome = finished?.outcome;
  const heading = usePageHeading<HTMLHeadingElement>(outcome !== undefined);
  const first = useFirstCheck();

  if (!finished || !outcome) return <main id="main-content" className="main" />;

  const deleteAndGo = (href: string) => {
    deleteAnswers();
    router.push(href);
  };

  return (
    <main id="main-content" className="main" data-urgency={outcome.urgency} data-condition={outcome.condition}>
      <CareCard urgency={outcome.urgency} heading={heading}>
        {outcome.condition === "not_assessed" && <SafetyStop finished={finished} />}
      </CareCard>

      {first && <BeforeAfter first={first} now={finished} />}

      {outcome.condition !== "not_assessed" && (
        <>
          <Reasons outcome={outcome} />
          <LooksLike outcome={outcome} />
          <Guidance outcome={outcome} />
          <CheckBackPlanner outcome={outcome} answers={finished.answers} />
          <SoonerIf />
        </>
      )}

      <section aria-labelledby="share-heading">
        <h2 className="heading-m" id="share-heading">
          Take this to your doctor
        </h2>
        <p>
          <Link href={routes.summary}>Print or save a summary</Link> of your result and answers, on one page.
        </p>
        <p>
          Or send your doctor this link. It opens a handout written for clinicians. Your answers are inside the link
          itself: they are not stored anywhere else.
        </p>
        <HandoutLink url={handoutUrl(tree, finished.answers, first)} />
      </section>

      <div className="button-group">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => deleteAndGo(routes.question(tree.start))}
        >
          Start again
        </button>
        <button type="button" className="button button--warning" onClick={() => deleteAndGo(routes.answersDeleted)}>
          Delete my answers
        </button>
      </div>
    </main>
  );
}
