import type { Metadata } from "next";
import { withFullTree } from "../../components/common/with-full-tree";
import { SummaryView } from "../../components/documents/summary-view";

export const metadata: Metadata = { title: "Your summary" };

export default withFullTree(SummaryView);
