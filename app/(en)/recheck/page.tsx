import { RecheckPage } from "../../_pages/recheck-page";
import { metadataFor } from "../../_pages/page-metadata";
import { withFullTree } from "../../_pages/with-tree";
import { routes } from "../../../lib/routes";

export const metadata = metadataFor("en", routes.recheckPage, "recheck.title");

export default withFullTree(RecheckPage, "en");
