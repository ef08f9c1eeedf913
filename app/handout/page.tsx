import type { Metadata } from "next";
import { HandoutView } from "../../components/handout-view";

export const metadata: Metadata = { title: "Clinician handout", robots: { index: false } };

export default function Page() {
  return <HandoutView />;
}
