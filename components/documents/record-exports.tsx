"use client";

import { useState } from "react";
import type { FinishedWalk } from "../../lib/journey/walk";
import type { IsoDate } from "../../lib/recheck/dates";
import { noteText } from "../../lib/report/note-text";
import { ActionsWithStatus } from "../common/actions-with-status";
import { downloadFile } from "../common/download-file";
import { useLocale, useT } from "../common/locale-context";
import type { Tree } from "../../lib/tree/schema";

type Props = { tree: Tree; journey: FinishedWalk; checkedOn?: IsoDate; first?: { result: FinishedWalk } };

/**
 * For the clinician: the handout as a FHIR Bundle to download into a record, and as text to paste into a
 * note. Both are made here in the browser from the link, with `tree`, the version of the questions the link
 * was made with; nothing is sent anywhere.
 */
export function RecordExports({ tree, journey, checkedOn, first }: Props) {
  const t = useT();
  const locale = useLocale();
  const [status, setStatus] = useState("");

  const download = async () => {
    // Loaded on the first click, so the handout page itself carries none of the FHIR code.
    const { bundleForRecord } = await import("../../lib/fhir/bundle");
    const bundle = bundleForRecord(
      tree,
      { journey, authored: checkedOn },
      { t, locale },
      first ? { first: { journey: first.result } } : {},
    );
    const fileName = `red-pores-check${checkedOn ? `-${checkedOn}` : ""}.fhir.json`;
    downloadFile(fileName, "application/fhir+json", JSON.stringify(bundle, null, 2));
    setStatus(t("exports.downloaded"));
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(noteText(tree, journey, t, checkedOn, locale));
      setStatus(t("exports.copied"));
    } catch {
      setStatus(t("exports.copyFailed"));
    }
  };

  return (
    <ActionsWithStatus status={status}>
      <button type="button" className="button button--secondary" onClick={download}>
        {t("exports.download")}
      </button>
      <button type="button" className="button button--secondary" onClick={copy}>
        {t("exports.copy")}
      </button>
    </ActionsWithStatus>
  );
}
