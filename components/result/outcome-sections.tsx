import Link from "next/link";
import type { Outcome } from "../../lib/journey/outcome";
import type { FinishedWalk } from "../../lib/journey/walk";
import type { Answers } from "../../lib/journey/answers";
import { chosenCloseUp } from "../../lib/pictures/chosen-close-up";
import { ToneScope } from "../pictures/tone-scope";
import { CloseUpDrawing } from "../pictures/close-up";
import { routes } from "../../lib/routes";
import { safetyScreen, warningSigns } from "../../lib/tree/roles";
import { useTree } from "../common/tree-context";
import { Cite } from "./references";

// The sections of the result page, each with its heading: why, what it looks like, when to get
// help sooner; and, for a journey stopped at a safety screen, what was ticked and how to change it.

function YouToldUs({ outcome }: { outcome: Outcome }) {
  return (
    <>
      <p>You told us:</p>
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
  const screen = path[path.length - 1] ?? "";
  return (
    <>
      <p>{outcome.explain}</p>
      <YouToldUs outcome={outcome} />
      <p>
        Ticked a box by mistake? <Link href={routes.question(screen, true)}>Change your answer</Link>
      </p>
    </>
  );
}

export function Reasons({ outcome }: { outcome: Outcome }) {
  return (
    <section aria-labelledby="why-heading">
      <h2 className="heading-m" id="why-heading">
        {outcome.seeDermatologist ? "Why you should see a doctor or dermatologist" : "Why we suggest this"}
      </h2>
      {outcome.seeDermatologist && (
        <p className="flag">
          <strong>See a dermatologist: yes.</strong>
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
  if (!outcome.finding) return null;
  const picture = chosenCloseUp(tree, answers);
  return (
    <section aria-labelledby="looks-like-heading">
      <h2 className="heading-m" id="looks-like-heading">
        What it looks most like
      </h2>
      <ToneScope className="looks-like">
        {picture && <CloseUpDrawing name={picture} />}
        <p>
          Your answers suggest it looks most like <strong>{outcome.finding.name}</strong>. This is not a diagnosis: only
          a doctor who sees your skin can say for sure.
        </p>
      </ToneScope>
      <p>{outcome.finding.summary}</p>
      <Cite ids={outcome.finding.sources} />
    </section>
  );
}

export function SoonerIf() {
  const tree = useTree();
  const warningScreen = safetyScreen(tree, "warningScreen");
  return (
    <section aria-labelledby="sooner-heading">
      <h2 className="heading-m" id="sooner-heading">
        Get help sooner if
      </h2>
      <p>See a doctor today if the bumps get worse, or if you get any of these:</p>
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
