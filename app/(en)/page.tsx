import { StartPage, startMetadata } from "../_pages/start";

export const metadata = startMetadata("en");

export default function Page() {
  return <StartPage locale="en" />;
}
