import { clearJourney } from "./answers-store";
import { deleteAllPhotos } from "./photo-store";
import { plan } from "./plan-store";
import { skinTone } from "./skin-tone-store";

// Deleting lives apart from the answers store, which every question page loads: only the result page
// deletes, and only it needs the plan and the photos.

/** Deletes the answers the site keeps: this journey, a first check being compared, a saved plan, the tone. */
export function deleteAnswers() {
  plan.write(null);
  skinTone.write(null);
  clearJourney();
}

/** Deletes everything the site keeps on this device, photos included; resolves once it is all gone. */
export async function deleteAnswersAndPhotos() {
  await deleteAllPhotos();
  deleteAnswers();
}
