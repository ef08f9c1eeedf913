import { manifestResponse } from "../../../_pages/web-manifest";

// Written into out/es/manifest.webmanifest at build time.
export const dynamic = "force-static";

export function GET() {
  return manifestResponse("es");
}
