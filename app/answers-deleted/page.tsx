import type { Metadata } from "next";
import Link from "next/link";
import { routes } from "../../lib/routes";

export const metadata: Metadata = { title: "Your answers and photos have been deleted" };

export default function Page() {
  return (
    <main id="main-content" className="main">
      <div className="panel">
        <h1 className="heading-l">Your answers and photos have been deleted</h1>
      </div>
      <p>
        Nothing about your skin is stored on this device any more: no answers and no photos. Nothing was ever sent over
        the internet.
      </p>
      <p>
        <Link href={routes.start}>Go to the start page</Link>
      </p>
    </main>
  );
}
