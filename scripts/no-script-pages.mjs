// After `next build`: the one-page check must work, and fetch nothing, with JavaScript off. Next.js writes its
// scripts into every page, and Chromium fetches <link rel="preload"> scripts even with JavaScript off, so this
// removes every script and script preload from the one-page check's pages (docs/one-page-check.md). The page
// is plain HTML and CSS by design; nothing on it needs the scripts. Run by `npm run build`, before add-csp.mjs.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const scripts = /<script\b[^>]*>[\s\S]*?<\/script>/g;
const scriptPreloads =
  /<link\b(?=[^>]*\brel="(?:preload|modulepreload)")(?=[^>]*\bas="script"|[^>]*rel="modulepreload")[^>]*\/?>/g;

/** The page without a script of any kind. */
export function withoutScripts(html) {
  return html.replace(scripts, "").replace(scriptPreloads, "");
}

/** Every one-page check page the build wrote: out/one-page/index.html and one per language. */
export function onePagePages(outDir) {
  return readdirSync(outDir)
    .map((name) => (name === "one-page" ? path.join(outDir, name) : path.join(outDir, name, "one-page")))
    .map((dir) => path.join(dir, "index.html"))
    .filter((file) => {
      try {
        return statSync(file).isFile();
      } catch {
        return false;
      }
    });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outDir = process.argv[2] ?? "out";
  const pages = onePagePages(outDir);
  if (pages.length === 0) throw new Error(`no one-page check in ${outDir}: was the page removed?`);
  for (const file of pages) writeFileSync(file, withoutScripts(readFileSync(file, "utf8")));
  console.log(`Scripts removed from ${pages.map((file) => path.relative(outDir, file)).join(", ")}`);
}
