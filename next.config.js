/** @type {import('next').NextConfig} */
const nextConfig = {
  // A static export: every page is prerendered into out/, served by any static host with no server code.
  output: "export",
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
  // One 404 page for the whole site although each language has its own root layout (app/global-not-found.tsx).
  experimental: { globalNotFound: true },
};

export default nextConfig;
