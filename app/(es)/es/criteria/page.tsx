import { CriteriaPage, criteriaMetadata } from "../../../_pages/criteria";

export const metadata = criteriaMetadata("es");

export default function Page() {
  return <CriteriaPage locale="es" />;
}
