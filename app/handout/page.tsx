import type { Metadata } from "next";
import { HandoutView } from "../../components/handout-view";

export const metadata: Metadata = { title: "Clinician handout" };

export default function Page() {
  return <HandoutView />;
}
