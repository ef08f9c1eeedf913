import { SourceIds } from "../../components/common/source-ids";
import { SourceList } from "../../components/common/source-list";
import { translator, treeIn } from "../../lib/i18n/catalogs";
import type { Locale } from "../../lib/i18n/locales";
import { notationIn } from "../../lib/i18n/notation";
import { realOptions } from "../../lib/journey/answer-rule";
import { routes } from "../../lib/routes";
import { describePredicate } from "../../lib/tree/predicates";
import { safetyScreens } from "../../lib/tree/roles";
import type { Tree } from "../../lib/tree/schema";
import { metadataFor } from "./page-metadata";

export const criteriaMetadata = (locale: Locale) => metadataFor(locale, routes.criteria, "criteria.title");

export function CriteriaPage({ locale }: { locale: Locale }) {
  const t = translator(locale);
  const tree = treeIn(locale);
  const notation = notationIn(t);
  const describe = (when: Parameters<typeof describePredicate>[0]) => describePredicate(when, notation);
  const urgencyLabel = (id: keyof Tree["urgencies"]) => tree.urgencies[id].label;
  return (
    <main id="main-content" className="main main--wide">
      <h1 className="heading-l">{t("criteria.heading")}</h1>
      <p>{t("criteria.intro", { version: tree.version })}</p>

      <h2 className="heading-m">{t("criteria.screensHeading")}</h2>
      {safetyScreens(tree).map((screen) => (
        <section key={screen.id} aria-labelledby={`screen-${screen.id}`}>
          <h3 id={`screen-${screen.id}`}>{screen.clinical}</h3>
          <ul className="list list--bullet">
            {realOptions(screen).map((o) => (
              <li key={o.id}>{o.clinical ?? o.label}</li>
            ))}
          </ul>
          <SourceList catalogue={tree.sources} ids={screen.sources ?? []} label={t("common.sources")} />
        </section>
      ))}

      <h2 className="heading-m">{t("criteria.findingsHeading")}</h2>
      <table className="document__table">
        <thead>
          <tr>
            <th scope="col">{t("criteria.looksLike")}</th>
            <th scope="col">{t("criteria.when")}</th>
            <th scope="col">{t("criteria.checkBackAfter")}</th>
          </tr>
        </thead>
        <tbody>
          {tree.findings.map((finding) => (
            <tr key={finding.id}>
              <td>
                {finding.name} <code>({finding.condition})</code>
              </td>
              <td>
                <code>{describe(finding.when)}</code>
              </td>
              <td>
                {finding.checkBack ? (
                  <>
                    {finding.checkBack.say} <SourceIds ids={finding.checkBack.sources} />
                  </>
                ) : (
                  "—"
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2 className="heading-m">{t("criteria.urgencyHeading")}</h2>
      <table className="document__table">
        <thead>
          <tr>
            <th scope="col">{t("criteria.rule")}</th>
            <th scope="col">{t("criteria.when")}</th>
            <th scope="col">{t("criteria.urgency")}</th>
          </tr>
        </thead>
        <tbody>
          {tree.rules.map((rule) => (
            <tr key={rule.id}>
              <td>
                <code>{rule.id}</code>
              </td>
              <td>
                <code>{describe(rule.when)}</code>. {rule.explain}
              </td>
              <td>{urgencyLabel(rule.urgency)}</td>
            </tr>
          ))}
          <tr>
            <td>
              <code>self-care</code>
            </td>
            <td>{t("criteria.noRule")}</td>
            <td>{urgencyLabel("self_care")}</td>
          </tr>
        </tbody>
      </table>

      <h2 className="heading-m">{t("criteria.careHeading")}</h2>
      {tree.findings.map((finding) => {
        const items = tree.guidance.filter((g) => g.for.includes(finding.id));
        return (
          <section key={finding.id} aria-labelledby={`care-${finding.id}`}>
            <h3 id={`care-${finding.id}`}>{finding.name}</h3>
            <ul className="list list--bullet">
              {items.map((item) => (
                <li key={item.id}>
                  {item.text} <SourceIds ids={item.sources} />
                  {item.when && <em> {t("criteria.onlyWhen", { when: describe(item.when) })}</em>}
                </li>
              ))}
            </ul>
          </section>
        );
      })}

      <h2 className="heading-m">{t("criteria.sourcesHeading")}</h2>
      <dl className="document__answers">
        {tree.sources.map((source) => (
          <div key={source.id} id={source.id}>
            <dt>
              <code>{source.id}</code>
            </dt>
            <dd>{source.url ? <a href={source.url}>{source.title}</a> : source.title}</dd>
          </div>
        ))}
      </dl>
    </main>
  );
}
