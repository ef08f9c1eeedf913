/** @type {import('next').NextConfig} */
const nextConfig = {
  // A static export: every page is prerendered into out/, served by any static host with no server code.
  output: "export",
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
