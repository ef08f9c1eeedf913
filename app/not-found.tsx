import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main-content" className="main">
      <h1 className="heading-l">Page not found</h1>
      <p>If you typed the web address, check it is correct.</p>
      <p>
        <Link href="/">Go to the start page</Link>
      </p>
    </main>
  );
}
