import { ResultView } from "../../../../components/result/result-view";
import { metadataFor } from "../../../_pages/page-metadata";
import { withFullTree } from "../../../_pages/with-tree";
import { routes } from "../../../../lib/routes";

export const metadata = metadataFor("es", routes.result, "result.title");

export default withFullTree(ResultView, "es");
