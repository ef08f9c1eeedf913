// The yardstick for npm run bench: the smallest App Router page Next.js makes, built with the same versions
// and the same bundler as the site, so "1.2x a bare page" is measured side by side in the same run.
export const metadata = { title: "Bare Next.js page" };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
