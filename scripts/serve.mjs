// Serves the static export in out/ with the site's security headers, as a static host or CDN would.
// Usage: node scripts/serve.mjs [dir]   (PORT defaults to 3000, HOST to 127.0.0.1)
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { securityHeaders } from "./security-headers.mjs";

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".ics": "text/calendar; charset=utf-8",
  ".woff2": "font/woff2",
  ".webmanifest": "application/manifest+json",
};
const maxPathLength = 1024;
const compressible = new Set([".html", ".js", ".css", ".json", ".txt", ".svg", ".webmanifest"]);

export function startServer({ root = "out", port = 3000, host = "127.0.0.1" } = {}) {
  const base = path.resolve(root);
  if (!existsSync(path.join(base, "index.html"))) {
    throw new Error(`${base} has no index.html: run "npm run build" first`);
  }
  const cache = new Map();

  const load = (file) => {
    if (!cache.has(file)) {
      const body = readFileSync(file);
      const ext = path.extname(file);
      cache.set(file, {
        body,
        gzip: compressible.has(ext) ? gzipSync(body) : undefined,
        type: types[ext] ?? "application/octet-stream",
      });
    }
    return cache.get(file);
  };

  const resolve = (pathname) => {
    // A real address of the site is short and plain; anything else is refused before it touches the disk.
    if (pathname.length > maxPathLength || /[\0\\]/.test(pathname)) return { status: 400 };
    const file = path.join(base, pathname);
    // Inside out/ means out/ itself or below "out/" with the separator: "out-secret" merely starts with "out".
    if (file !== base && !file.startsWith(base + path.sep)) return undefined;
    if (existsSync(file) && statSync(file).isFile()) return { file };
    if (existsSync(path.join(file, "index.html"))) {
      return pathname.endsWith("/") ? { file: path.join(file, "index.html") } : { redirect: `${pathname}/` };
    }
    return undefined;
  };

  // As Cloudflare Pages does: the 404.html nearest the missing address, so /es/… gets the Spanish one.
  const nearestNotFound = (pathname) => {
    const segments = pathname.split("/").filter(Boolean);
    for (let depth = segments.length; depth > 0; depth--) {
      const file = path.join(base, ...segments.slice(0, depth - 1), "404.html");
      if (file.startsWith(base + path.sep) && existsSync(file)) return file;
    }
    return path.join(base, "404.html");
  };

  const server = createServer((request, response) => {
    for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value);
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    const found = resolve(pathname);
    if (found?.status === 400) {
      response.writeHead(400).end();
      return;
    }
    if (found?.redirect) {
      response.writeHead(308, { Location: found.redirect }).end();
      return;
    }
    const file = found?.file ?? nearestNotFound(pathname);
    const { body, gzip, type } = load(file);
    const useGzip = gzip && /\bgzip\b/.test(request.headers["accept-encoding"] ?? "");
    response.writeHead(found ? 200 : 404, {
      "Content-Type": type,
      "Cache-Control": pathname.startsWith("/_next/static/") ? "public, max-age=31536000, immutable" : "no-cache",
      Vary: "Accept-Encoding",
      ...(useGzip ? { "Content-Encoding": "gzip" } : {}),
      "Content-Length": (useGzip ? gzip : body).length,
    });
    response.end(request.method === "HEAD" ? undefined : useGzip ? gzip : body);
  });
  return new Promise((resolveListening) => server.listen(port, host, () => resolveListening(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? "127.0.0.1";
  startServer({ root: process.argv[2] ?? "out", port, host }).then(() => {
    console.log(`Red Pores Check is running at http://localhost:${port}/  (Ctrl+C to stop)`);
  });
}
