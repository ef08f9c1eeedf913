import { checkAnswersMetadata, checkAnswersPage } from "../../_pages/questionnaire";

export const metadata = checkAnswersMetadata("en");

export default checkAnswersPage("en");
