import type { Metadata } from "next";
import { NotFoundPage } from "./_pages/simple";
import { SiteLayout, siteMetadata } from "./_pages/site-layout";

// The site's 404.html: an address it does not have. With a root layout per language there is no single
// layout to hold it, so it brings its own (the English one); out/es/404.html is the Spanish page.
export const metadata: Metadata = { ...siteMetadata("en"), title: "Page not found", robots: { index: false } };

export default function GlobalNotFound() {
  return (
    <SiteLayout locale="en">
      <NotFoundPage locale="en" />
    </SiteLayout>
  );
}
