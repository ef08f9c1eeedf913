// After `next build`: hashes every inline <script> in every exported page and writes the page's
// Content-Security-Policy into a <meta http-equiv> at the top of its <head>, so no script-src needs
// 'unsafe-inline'. Run by `npm run build`.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pagePolicy } from "./security-headers.mjs";

const inlineScript = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;
const charsetMeta = /<meta charSet="utf-8"\/>/i;

export function addCsp(html) {
  if (html.includes('http-equiv="Content-Security-Policy"')) return html;
  const hashes = [...html.matchAll(inlineScript)].map((m) =>
    createHash("sha256").update(m[1], "utf8").digest("base64"),
  );
  const meta = `<meta http-equiv="Content-Security-Policy" content="${pagePolicy([...new Set(hashes)])}"/>`;
  if (!charsetMeta.test(html)) throw new Error("page has no <meta charSet> to put the policy after");
  return html.replace(charsetMeta, (charset) => charset + meta);
}

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(full);
    return entry.name.endsWith(".html") ? [full] : [];
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outDir = process.argv[2] ?? "out";
  const files = htmlFiles(outDir);
  for (const file of files) writeFileSync(file, addCsp(readFileSync(file, "utf8")));
  console.log(`Content-Security-Policy written into ${files.length} pages`);
}
