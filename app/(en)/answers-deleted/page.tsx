import { AnswersDeletedPage, answersDeletedMetadata } from "../../_pages/simple";

export const metadata = answersDeletedMetadata("en");

export default function Page() {
  return <AnswersDeletedPage locale="en" />;
}
