"use client";

import { useId, useState, type ChangeEvent } from "react";
import type { OpenedCheck } from "../../lib/saved-check/read";
import type { TreeVersions } from "../../lib/tree/versions";
import { formatIsoDate } from "../../lib/recheck/dates";
import { useLocale, useT } from "../common/locale-context";
import { problemMessage } from "./problem-message";

type Props = {
  /** The published versions of the questions, to read the file with the one it was made with. */
  loadVersions: () => Promise<TreeVersions>;
  /** Puts the check back into this browser; throws when the browser refuses to keep it. */
  restore: (check: OpenedCheck, versions: TreeVersions) => Promise<void>;
  /** A question's title in the page's language, to name it in a message. */
  titleOf: (id: string) => string | undefined;
};

/**
 * "Open a saved check": a file the person saved from this site, read on the device (nothing is sent), checked
 * whole before anything is kept, so a bad file changes nothing and says what is wrong.
 */
export function OpenSavedCheck({ loadVersions, restore, titleOf }: Props) {
  const t = useT();
  const locale = useLocale();
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const [problem, setProblem] = useState("");
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);

  const open = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setProblem("");
    setStatus(t("savedCheck.opening"));
    const said = await readAndRestore(file);
    input.value = "";
    setBusy(false);
    if (said.problem) {
      setStatus("");
      setProblem(said.problem);
    } else setStatus(said.status);
  };

  const readAndRestore = async (file: File): Promise<{ problem?: string; status: string }> => {
    // Loaded when a file is chosen, so the page itself carries none of the reader.
    const { MAX_SAVED_CHECK_BYTES, readSavedCheck } = await import("../../lib/saved-check/read");
    const versions = await loadVersions();
    const read =
      file.size > MAX_SAVED_CHECK_BYTES
        ? ({ ok: false, problem: { kind: "too-large" } } as const)
        : readSavedCheck(versions, await file.text());
    if (!read.ok) return { problem: problemMessage(read.problem, t, titleOf), status: "" };
    try {
      await restore(read.check, versions);
    } catch {
      return { problem: `${t("savedCheck.notRestored")} ${t("savedCheck.nothingChanged")}`, status: "" };
    }
    const date = formatIsoDate(read.check.checkedOn, locale);
    return { status: t("savedCheck.opened", { date, count: read.check.photos.length }) };
  };

  return (
    <div className={`form-group saved-check-open${problem ? " form-group--error" : ""}`}>
      <label className="label" htmlFor={inputId}>
        {t("savedCheck.openLabel")}
      </label>
      <div className="hint" id={hintId}>
        {t("savedCheck.openHint")}
      </div>
      {problem && (
        <p className="error-message" id={errorId} role="alert">
          <span className="visually-hidden">{t("common.error")} </span>
          {problem}
        </p>
      )}
      <input
        className="file-input"
        id={inputId}
        type="file"
        accept=".json,application/json,application/fhir+json"
        onChange={open}
        disabled={busy}
        aria-describedby={problem ? `${hintId} ${errorId}` : hintId}
      />
      <p className="status" role="status">
        {status}
      </p>
    </div>
  );
}
