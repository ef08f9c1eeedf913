import Link from "next/link";
import type { Outcome } from "../../lib/journey/outcome";
import type { FinishedWalk } from "../../lib/journey/walk";
import type { Answers } from "../../lib/journey/answers";
import { chosenCloseUp } from "../../lib/pictures/chosen-close-up";
import { ToneScope } from "../common/pictures/tone-scope";
import { CloseUpDrawing } from "../common/pictures/close-up";
import { safetyScreen, warningSigns } from "../../lib/tree/roles";
import { useRoutes, useT } from "../common/locale-context";
import { useTree } from "../common/tree-context";
import { Cite } from "../common/references";

// The sections of the result page, each with its heading: why, what it looks like, when to get
// help sooner; and, for a journey stopped at a safety screen, what was ticked and how to change it.

function YouToldUs({ outcome }: { outcome: Outcome }) {
  const t = useT();
  return (
    <>
      <p>{t("result.youToldUs")}</p>
      <ul className="list list--bullet">
        {outcome.reasons.map((reason) => (
          <li key={`${reason.question}-${reason.text}`} data-question={reason.question}>
            {reason.text}
          </li>
        ))}
      </ul>
    </>
  );
}

/** The journey stopped at a safety screen: the last question asked is the one whose answer can be changed. */
export function SafetyStop({ finished: { outcome, path } }: { finished: FinishedWalk }) {
  const t = useT();
  const routes = useRoutes();
  const screen = path[path.length - 1] ?? "";
  return (
    <>
      <p>{outcome.explain}</p>
      <YouToldUs outcome={outcome} />
      <p>
        {t("result.tickedByMistake")} <Link href={routes.question(screen, true)}>{t("result.changeAnswer")}</Link>
      </p>
    </>
  );
}

export function Reasons({ outcome }: { outcome: Outcome }) {
  const t = useT();
  return (
    <section aria-labelledby="why-heading">
      <h2 className="heading-m" id="why-heading">
        {t(outcome.seeDermatologist ? "result.whySeeDoctor" : "result.whySuggest")}
      </h2>
      {outcome.seeDermatologist && (
        <p className="flag">
          <strong>{t("result.seeDermatologistYes")}</strong>
        </p>
      )}
      <p>{outcome.explain}</p>
      <YouToldUs outcome={outcome} />
      <Cite ids={outcome.explainSources} />
    </section>
  );
}

export function LooksLike({ outcome, answers }: { outcome: Outcome; answers: Answers }) {
  const tree = useTree();
  const t = useT();
  if (!outcome.finding) return null;
  const picture = chosenCloseUp(tree, answers);
  return (
    <section aria-labelledby="looks-like-heading">
      <h2 className="heading-m" id="looks-like-heading">
        {t("result.looksLikeHeading")}
      </h2>
      <ToneScope className="looks-like">
        {picture && <CloseUpDrawing name={picture} />}
        <p>
          {t("result.looksLikeIntro")} <strong>{outcome.finding.name}</strong>. {t("result.looksLikeNotDiagnosis")}
        </p>
      </ToneScope>
      <p>{outcome.finding.summary}</p>
      <Cite ids={outcome.finding.sources} />
    </section>
  );
}

export function SoonerIf() {
  const tree = useTree();
  const t = useT();
  const warningScreen = safetyScreen(tree, "warningScreen");
  return (
    <section aria-labelledby="sooner-heading">
      <h2 className="heading-m" id="sooner-heading">
        {t("result.soonerHeading")}
      </h2>
      <p>{t("result.soonerIntro")}</p>
      <ul className="list list--bullet">
        {warningSigns(tree).map((sign) => (
          <li key={sign.id}>{sign.label}</li>
        ))}
      </ul>
      <Cite ids={warningScreen.sources ?? []} />
      <p>{tree.emergencyAdvice.text}</p>
      <Cite ids={tree.emergencyAdvice.sources} />
    </section>
  );
}
