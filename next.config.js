/** @type {import('next').NextConfig} */
const nextConfig = {
  // A static export: every page is prerendered into out/, served by any static host with no server code.
  output: "export",
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  // Always defined, so the browser's code reads a constant and never needs a \`process\` of its own: "1" only in
  // test builds, which add the pseudo-language (lib/i18n/locales.ts).
  env: { NEXT_PUBLIC_PSEUDO_LOCALE: process.env.NEXT_PUBLIC_PSEUDO_LOCALE === "1" ? "1" : "" },
  reactStrictMode: true,
  // One 404 page for the whole site although each language has its own root layout (app/global-not-found.tsx).
  experimental: { globalNotFound: true },
};

export default nextConfig;
