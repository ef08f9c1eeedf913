import type { Metadata } from "next";
import { withFullTree } from "../../components/common/with-full-tree";
import { ResultView } from "../../components/result/result-view";

export const metadata: Metadata = { title: "Your result" };

export default withFullTree(ResultView);
