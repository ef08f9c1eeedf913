// The one source of truth for the headers and Content-Security-Policy that ship with the site. The local
// server (serve.mjs) sends them; add-csp.mjs writes the script policy into every page.

/** Sent by the server on every response. frame-ancestors only works from a header, never from a meta tag. */
export const securityHeaders = {
  "Content-Security-Policy": "frame-ancestors 'none'; object-src 'none'; base-uri 'none'; form-action 'self'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
  "X-Frame-Options": "DENY",
};

/**
 * The page's own policy, carried in a <meta http-equiv> because a static host cannot compute per-page script
 * hashes: only our own files and the exact inline scripts Next.js wrote into this page may run; nothing may
 * connect, load or submit anywhere but this origin.
 */
export function pagePolicy(scriptHashes) {
  const scripts = ["'self'", ...scriptHashes.map((hash) => `'sha256-${hash}'`)].join(" ");
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self'",
    // blob: shows the person's own photos, read from this browser's storage; they are never fetched.
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join("; ");
}
