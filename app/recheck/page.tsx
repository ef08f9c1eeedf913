import type { Metadata } from "next";
import { withFullTree } from "../../components/common/with-full-tree";
import { RecheckStart } from "../../components/recheck/recheck-start";

export const metadata: Metadata = { title: "Your skin check-in" };

export default withFullTree(RecheckStart);
