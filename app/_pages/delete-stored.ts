import { clearJourney } from "../../components/common/browser-state/answers-store";
import { deleteAllPhotos } from "../../components/photos/photo-store";
import { plan } from "../../components/recheck/plan-store";
import { chooseSkinTone } from "../../components/common/pictures/skin-tone-store";

// Deleting lives apart from the answers store, which every question page loads: only the result page
// deletes, and only it needs the plan and the photos. It spans three features, so it lives where they meet.

/** Deletes all the site keeps but the photos: this journey, a first check being compared, a saved plan, the tone. */
export function deleteAllButPhotos() {
  plan.write(null);
  chooseSkinTone(null);
  clearJourney();
}

/** Deletes everything the site keeps on this device, photos included; resolves once it is all gone. */
export async function deleteEverything() {
  await deleteAllPhotos();
  deleteAllButPhotos();
}
