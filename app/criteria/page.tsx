import type { Metadata } from "next";
import { SourceList } from "../../components/common/source-list";
import { describePredicate } from "../../lib/tree/predicates";
import { realOptions } from "../../lib/journey/answer-rule";
import { tree } from "../../lib/tree/load";
import { safetyScreens } from "../../lib/tree/roles";

export const metadata: Metadata = { title: "How it decides: criteria and sources" };

const urgencyLabel = (id: keyof typeof tree.urgencies) => tree.urgencies[id].label;

export default function CriteriaPage() {
  return (
    <main id="main-content" className="main main--wide">
      <h1 className="heading-l">How Red Pores Check decides</h1>
      <p>
        This is the reference for clinicians. Every rule below is read from the same data file that drives the questions
        (questions version {tree.version}). The first matching rule wins, top to bottom. The tool gives triage and
        self-care guidance, not a diagnosis.
      </p>

      <h2 className="heading-m">1. Safety screens, always first</h2>
      {safetyScreens(tree).map((screen) => (
        <section key={screen.id} aria-labelledby={`screen-${screen.id}`}>
          <h3 id={`screen-${screen.id}`}>{screen.clinical}</h3>
          <ul className="list list--bullet">
            {realOptions(screen).map((o) => (
              <li key={o.id}>{o.clinical ?? o.label}</li>
            ))}
          </ul>
          <SourceList catalogue={tree.sources} ids={screen.sources ?? []} />
        </section>
      ))}

      <h2 className="heading-m">2. What the answers look most like</h2>
      <table className="document__table">
        <thead>
          <tr>
            <th scope="col">Looks most like</th>
            <th scope="col">When</th>
            <th scope="col">Check back after</th>
          </tr>
        </thead>
        <tbody>
          {tree.findings.map((finding) => (
            <tr key={finding.id}>
              <td>
                {finding.name} <code>({finding.condition})</code>
              </td>
              <td>{describePredicate(finding.when)}</td>
              <td>{finding.checkBack ? `${finding.checkBack.say} [${finding.checkBack.sources.join(", ")}]` : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2 className="heading-m">3. How urgent</h2>
      <table className="document__table">
        <thead>
          <tr>
            <th scope="col">Rule</th>
            <th scope="col">When</th>
            <th scope="col">Urgency</th>
          </tr>
        </thead>
        <tbody>
          {tree.rules.map((rule) => (
            <tr key={rule.id}>
              <td>
                <code>{rule.id}</code>
              </td>
              <td>
                {describePredicate(rule.when)}. {rule.explain}
              </td>
              <td>{urgencyLabel(rule.urgency)}</td>
            </tr>
          ))}
          <tr>
            <td>
              <code>self-care</code>
            </td>
            <td>No rule above matched.</td>
            <td>{urgencyLabel("self_care")}</td>
          </tr>
        </tbody>
      </table>

      <h2 className="heading-m">4. Care advice given</h2>
      {tree.findings.map((finding) => {
        const items = tree.guidance.filter((g) => g.for.includes(finding.id));
        return (
          <section key={finding.id} aria-labelledby={`care-${finding.id}`}>
            <h3 id={`care-${finding.id}`}>{finding.name}</h3>
            <ul className="list list--bullet">
              {items.map((item) => (
                <li key={item.id}>
                  {item.text} <span className="document__cite">[{item.sources.join(", ")}]</span>
                  {item.when && <em> Only when: {describePredicate(item.when)}.</em>}
                </li>
              ))}
            </ul>
          </section>
        );
      })}

      <h2 className="heading-m">5. Sources</h2>
      <dl className="document__answers">
        {tree.sources.map((source) => (
          <div key={source.id} id={source.id}>
            <dt>{source.id}</dt>
            <dd>{source.url ? <a href={source.url}>{source.title}</a> : source.title}</dd>
          </div>
        ))}
      </dl>
    </main>
  );
}
