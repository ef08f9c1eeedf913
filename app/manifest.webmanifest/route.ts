import { manifestResponse } from "../_pages/web-manifest";

// Written into out/manifest.webmanifest at build time.
export const dynamic = "force-static";

export function GET() {
  return manifestResponse("en");
}
