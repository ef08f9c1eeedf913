"use client";

import type { FinishedWalk } from "../../lib/journey/walk";
import { PhotoSection } from "../../components/photos/photo-section";
import { usePhotos } from "../../components/photos/photo-store";
import { CheckBackPlanner } from "../../components/recheck/check-back-planner";
import { ResultView } from "../../components/result/result-view";
import { SaveCheck } from "../../components/saved-check/save-check";
import { deleteAllButPhotos, deleteEverything } from "./delete-stored";

/** Saving the check, with the photos this browser keeps. */
function SaveCheckWithPhotos({ journey }: { journey: FinishedWalk }) {
  return <SaveCheck journey={journey} photos={usePhotos() ?? []} />;
}

/** The result page: the result, with the check-back planner, the photos and the saved check of their own features. */
export function ResultPage() {
  return (
    <ResultView
      CheckBack={CheckBackPlanner}
      Photos={PhotoSection}
      SaveCheck={SaveCheckWithPhotos}
      deleteAllButPhotos={deleteAllButPhotos}
      deleteEverything={deleteEverything}
    />
  );
}
