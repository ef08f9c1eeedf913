import type { MetadataRoute } from "next";

// Written into out/manifest.webmanifest at build time, so "Add to home screen" installs the site with its own
// name, icon and colours.
export const dynamic = "force-static";

export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Red Pores Check",
    short_name: "Red Pores",
    description:
      "Private guidance for small red bumps around pores and hairs. Works offline; answers stay on this device.",
    id: "/",
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#0b3a5b",
    lang: "en-GB",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
