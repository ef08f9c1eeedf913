import { StartPage, startMetadata } from "../../_pages/start";

export const metadata = startMetadata("es");

export default function Page() {
  return <StartPage locale="es" />;
}
