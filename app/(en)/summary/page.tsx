import { SummaryPage } from "../../_pages/summary-page";
import { metadataFor } from "../../_pages/page-metadata";
import { withFullTree } from "../../_pages/with-tree";
import { routes } from "../../../lib/routes";

export const metadata = metadataFor("en", routes.summary, "summary.title");

export default withFullTree(SummaryPage, "en");
