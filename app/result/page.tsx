import type { Metadata } from "next";
import { ResultView } from "../../components/result-view";

export const metadata: Metadata = { title: "Your result" };

export default function Page() {
  return <ResultView />;
}
