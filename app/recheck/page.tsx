import type { Metadata } from "next";
import { RecheckStart } from "../../components/recheck-start";

export const metadata: Metadata = { title: "Your skin check-in" };

export default function Page() {
  return <RecheckStart />;
}
