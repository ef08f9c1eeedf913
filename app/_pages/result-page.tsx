"use client";

import { PhotoSection } from "../../components/photos/photo-section";
import { CheckBackPlanner } from "../../components/recheck/check-back-planner";
import { ResultView } from "../../components/result/result-view";
import { deleteAllButPhotos, deleteEverything } from "./delete-stored";

/** The result page: the result, with the check-back planner and the photos of their own features. */
export function ResultPage() {
  return (
    <ResultView
      CheckBack={CheckBackPlanner}
      Photos={PhotoSection}
      deleteAllButPhotos={deleteAllButPhotos}
      deleteEverything={deleteEverything}
    />
  );
}
