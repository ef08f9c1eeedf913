import type { Metadata } from "next";
import { SummaryView } from "../../components/summary-view";

export const metadata: Metadata = { title: "Your summary" };

export default function Page() {
  return <SummaryView />;
}
