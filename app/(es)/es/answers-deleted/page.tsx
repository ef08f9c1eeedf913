import { AnswersDeletedPage, answersDeletedMetadata } from "../../../_pages/simple";

export const metadata = answersDeletedMetadata("es");

export default function Page() {
  return <AnswersDeletedPage locale="es" />;
}
