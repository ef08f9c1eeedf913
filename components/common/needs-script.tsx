/**
 * The empty page a page reads from its link by script shows until it has: with JavaScript off, it stays, and
 * says what the page needs and what to use instead.
 */
export function NeedsScript({ message }: { message: string }) {
  return (
    <main id="main-content" className="main">
      <noscript>
        <p className="noscript">{message}</p>
      </noscript>
    </main>
  );
}
