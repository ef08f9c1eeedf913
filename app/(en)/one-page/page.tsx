import { OnePage, onePageMetadata } from "../../_pages/one-page";

export const metadata = onePageMetadata("en");

export default function Page() {
  return <OnePage locale="en" />;
}
