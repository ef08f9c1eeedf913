import type { Translate } from "../../lib/i18n/messages";
import { inputId } from "../../lib/one-page/compile";
import type { Question } from "../../lib/tree/schema";

type Choice = { id: string; label: string; hint?: string };

/**
 * One question of the one-page check: a fieldset whose legend is its heading, with radios or checkboxes named
 * by the question and valued by the option (a number question's radios are its bands). The stylesheet shows it
 * when the engine would ask it, or when it is ticked but no longer asked (with the note to untick it).
 */
export function OnePageQuestion({
  question,
  bands,
  t,
}: {
  question: Question;
  bands: readonly number[];
  t: Translate;
}) {
  const multi = question.type === "multi";
  const none = multi ? question.exclusiveNone : undefined;
  const choices: Choice[] =
    question.type === "number"
      ? bands.map((band, i) => ({ id: String(band), label: bandLabel(band, bands[i + 1], question.max, t) }))
      : question.options;
  const hintId = question.hint ? `q-${question.id}-hint` : undefined;
  const noneLabel = question.type === "multi" ? question.options.find((o) => o.id === none)?.label : undefined;
  return (
    <fieldset className="fieldset op-question" id={`q-${question.id}`} aria-describedby={hintId}>
      <legend className="fieldset__legend">
        <h2 className="fieldset__heading heading-m">{question.title}</h2>
      </legend>
      {question.hint && (
        <div className="hint" id={hintId}>
          {question.hint}
        </div>
      )}
      <div className="op-stale">
        <p>{t("onePage.stale")}</p>
        {/* A radio cannot be unticked, so a single choice offers one more that means "no answer". */}
        {!multi && (
          <div className="choice">
            <input
              className="choice__input op-clear"
              id={inputId(question.id, "clear")}
              type="radio"
              name={question.id}
              value=""
            />
            <label className="choice__label" htmlFor={inputId(question.id, "clear")}>
              {t("onePage.clear")}
            </label>
          </div>
        )}
      </div>
      {noneLabel && (
        <p className="op-error error-message">
          <span className="visually-hidden">{t("common.error")} </span>
          {t("answer.onItsOwn", { label: noneLabel })}
        </p>
      )}
      <div className={multi ? "checkboxes" : "radios"}>
        {choices.map((choice) => {
          const id = inputId(question.id, choice.id);
          return (
            <div key={choice.id}>
              {choice.id === none && <p className="choice-divider">{t("question.or")}</p>}
              <div className="choice">
                <input
                  className="choice__input"
                  id={id}
                  type={multi ? "checkbox" : "radio"}
                  name={question.id}
                  value={choice.id}
                  aria-describedby={choice.hint ? `${id}-hint` : undefined}
                />
                <label className="choice__label" htmlFor={id}>
                  {choice.label}
                </label>
                {choice.hint && (
                  <div className="choice__hint hint" id={`${id}-hint`}>
                    {choice.hint}
                  </div>
                )}
              </div>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** A band of weeks in words: none yet, one number, a range, or "or more" for the last. */
function bandLabel(from: number, next: number | undefined, max: number, t: Translate): string {
  const to = next === undefined ? max : next - 1;
  if (from === 0 && to === 0) return t("onePage.weeksNone");
  if (next === undefined) return t("onePage.weeksAtLeast", { from });
  return from === to ? t("onePage.weeksOne", { count: from }) : t("onePage.weeksRange", { from, to });
}
