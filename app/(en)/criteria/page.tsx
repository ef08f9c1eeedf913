import { CriteriaPage, criteriaMetadata } from "../../_pages/criteria";

export const metadata = criteriaMetadata("en");

export default function Page() {
  return <CriteriaPage locale="en" />;
}
