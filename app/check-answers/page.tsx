import type { Metadata } from "next";
import { CheckAnswers } from "../../components/check-answers";

export const metadata: Metadata = { title: "Check your answers" };

export default function Page() {
  return <CheckAnswers />;
}
