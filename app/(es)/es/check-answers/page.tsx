import { checkAnswersMetadata, checkAnswersPage } from "../../../_pages/questionnaire";

export const metadata = checkAnswersMetadata("es");

export default checkAnswersPage("es");
