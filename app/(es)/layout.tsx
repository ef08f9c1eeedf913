import type { ReactNode } from "react";
import { SiteLayout, siteMetadata, siteViewport } from "../_pages/site-layout";

export const metadata = siteMetadata("es");
export const viewport = siteViewport;

export default function Layout({ children }: { children: ReactNode }) {
  return <SiteLayout locale="es">{children}</SiteLayout>;
}
