"use client";

import Link from "next/link";
import { formatIsoDate } from "../../lib/recheck/dates";
import { answerTerms, decidingRule, presentingFeatures, redFlags } from "../../lib/report/clinical";
import { questionFor } from "../../lib/tree/roles";
import { RecordExports } from "./record-exports";
import { routes } from "../../lib/routes";
import { CareSteps } from "./care-steps";
import { decodeToken } from "../../lib/share/decode-token";
import { useTree } from "../common/tree-context";
import { BeforeAfter } from "../recheck/before-after";
import { LinkError } from "./link-error";
import { useHash } from "../browser-state/use-hash";
import { usePageHeading } from "../browser-state/visit-history";

/** The clinician handout: recomputed from the answers in the link; never an outcome read from it. */
export function HandoutView() {
  const tree = useTree();
  const hash = useHash();
  const decoded = hash === null ? undefined : decodeToken(tree, hash);
  const heading = usePageHeading<HTMLHeadingElement>(decoded !== undefined);

  if (!decoded) return <main id="main-content" className="main" />;
  if (!decoded.ok) return <LinkError error={decoded.error} heading={heading} />;

  const { outcome, path, answers } = decoded.result;
  const urgency = tree.urgencies[outcome.urgency];
  const rule = decidingRule(tree, outcome);
  const ageQuestion = questionFor(tree, "ageBand");
  const ageAnswer = answers[ageQuestion.id];
  const age =
    ageAnswer === undefined
      ? "Not asked (not needed for this outcome)"
      : answerTerms(ageQuestion, ageAnswer, true).join(", ");
  return (
    <main id="main-content" className="main document" data-urgency={outcome.urgency} data-condition={outcome.condition}>
      <h1 className="heading-l document__title" ref={heading} tabIndex={-1}>
        Clinician handout: follicular or perifollicular red bumps
      </h1>
      <p className="document__meta">
        Self-reported answers to Red Pores Check, questions version {tree.version}. Triage support for the patient, not
        a diagnosis. The outcome is recomputed from the answers in this link; nothing is stored on a server.
      </p>

      <section className="document__section" aria-labelledby="outcome-heading">
        <h2 className="document__heading" id="outcome-heading">
          Outcome given to the person
        </h2>
        <table className="document__table">
          <tbody>
            <tr>
              <th scope="row">Date of the check</th>
              <td>
                {decoded.checkedOn
                  ? formatIsoDate(decoded.checkedOn)
                  : "Not in this link (made before links carried the date)"}
              </td>
            </tr>
            <tr>
              <th scope="row">Age band</th>
              <td>{age}</td>
            </tr>
            <tr>
              <th scope="row">Urgency</th>
              <td>{urgency.clinical}</td>
            </tr>
            <tr>
              <th scope="row">Looks most like</th>
              <td>{outcome.finding ? outcome.finding.name : "Not assessed: the journey stopped at a safety screen"}</td>
            </tr>
            <tr>
              <th scope="row">See a dermatologist</th>
              <td>
                {outcome.seeDermatologist ? "Yes" : outcome.urgency === "emergency" ? "Emergency care advised" : "No"}
              </td>
            </tr>
            <tr>
              <th scope="row">Deciding rule</th>
              <td>
                {rule.clinical}{" "}
                <small className="document__cite">
                  (rule <code>{rule.id}</code>: {rule.when})
                </small>
              </td>
            </tr>
            {outcome.checkBackWeeks !== undefined && (
              <tr>
                <th scope="row">Check back</th>
                <td>After {outcome.finding?.checkBack?.say ?? `${outcome.checkBackWeeks} weeks`} of daily home care</td>
              </tr>
            )}
          </tbody>
        </table>
      </section>

      {decoded.first && <BeforeAfter first={decoded.first} now={decoded.result} clinical />}

      <section className="document__section" aria-labelledby="features-heading">
        <h2 className="document__heading" id="features-heading">
          Presenting features
        </h2>
        {path.length > 2 ? (
          <table className="document__table">
            <tbody>
              {presentingFeatures(tree, answers, path).map((row) => (
                <tr key={row.question}>
                  <th scope="row">{row.label}</th>
                  <td>{row.values.join("; ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>Not asked: a red flag was reported first.</p>
        )}
      </section>

      <section className="document__section" aria-labelledby="flags-heading">
        <h2 className="document__heading" id="flags-heading">
          Red flags screened
        </h2>
        <table className="document__table">
          <thead>
            <tr>
              <th scope="col">Sign</th>
              <th scope="col">Reported</th>
            </tr>
          </thead>
          <tbody>
            {redFlags(tree, answers).map((flag) => (
              <tr key={flag.sign} data-flag-answer={flag.answer}>
                <td>{flag.sign}</td>
                <td>{flag.answer === "Yes" ? <strong>Yes</strong> : flag.answer}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {outcome.guidance.length > 0 && (
        <section className="document__section" aria-labelledby="care-heading">
          <h2 className="document__heading" id="care-heading">
            Self-care advised to the person
          </h2>
          <CareSteps items={outcome.guidance} />
        </section>
      )}

      <p className="document__sources">
        How the tool decides, with every source: <Link href={routes.criteria}>criteria reference</Link>.
      </p>
      <RecordExports journey={decoded.result} checkedOn={decoded.checkedOn} first={decoded.first} />
      <div className="button-group no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          Print this handout
        </button>
      </div>
    </main>
  );
}
