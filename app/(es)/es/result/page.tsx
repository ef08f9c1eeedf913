import { ResultPage } from "../../../_pages/result-page";
import { metadataFor } from "../../../_pages/page-metadata";
import { withFullTree } from "../../../_pages/with-tree";
import { routes } from "../../../../lib/routes";

export const metadata = metadataFor("es", routes.result, "result.title");

export default withFullTree(ResultPage, "es");
