import { routes } from "../lib/routes";

export default function NotFound() {
  return (
    <main id="main-content" className="main">
      <h1 className="heading-l">Page not found</h1>
      <p>If you typed the web address, check it is correct.</p>
      <p>
        {/* A plain link, as in the layout: a fresh start from a broken address needs no client routing. */}
        <a href={routes.start}>Go to the start page</a>
      </p>
    </main>
  );
}
