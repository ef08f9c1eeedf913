import { HandoutView } from "../../../../components/documents/handout-view";
import { metadataFor } from "../../../_pages/page-metadata";
import { withFullTree } from "../../../_pages/with-tree";
import { routes } from "../../../../lib/routes";

export const metadata = metadataFor("es", routes.handoutPage, "handout.title");

export default withFullTree(HandoutView, "es");
