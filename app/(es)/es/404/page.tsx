import type { Metadata } from "next";
import { translator } from "../../../../lib/i18n/catalogs";
import { NotFoundPage } from "../../../_pages/simple";

// The Spanish 404 page: the build copies it to out/es/404.html, which hosts serve for a missing /es/ address.
export const metadata: Metadata = { title: translator("es")("notFound.title"), robots: { index: false } };

export default function Page() {
  return <NotFoundPage locale="es" />;
}
