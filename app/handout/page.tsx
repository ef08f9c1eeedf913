import type { Metadata } from "next";
import { withFullTree } from "../../components/common/with-full-tree";
import { HandoutView } from "../../components/documents/handout-view";

export const metadata: Metadata = { title: "Clinician handout" };

export default withFullTree(HandoutView);
