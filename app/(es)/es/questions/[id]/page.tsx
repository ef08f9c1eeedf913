import { questionMetadata, questionPage, questionStaticParams } from "../../../../_pages/questionnaire";

// Every question page is prerendered from the tree; there is no server to render any other.
export const dynamicParams = false;
export const generateStaticParams = questionStaticParams;
export const generateMetadata = questionMetadata("es");

export default questionPage("es");
