// After the pages are final (add-csp.mjs has written their policies): bundles service-worker/sw.ts into
// out/sw.js with the list of every file of the static export and its revision, so one visit is enough to
// use the whole site offline. Run by `npm run build`.
import { injectManifest } from "@serwist/build";
import { build } from "esbuild";

/** Every file the site serves, but the worker itself and the host configuration. */
export const precachePatterns = ["**/*.{html,txt,js,css,svg,png,json,webmanifest}"];

export async function buildOffline(outDir = "out") {
  const swDest = `${outDir}/sw.js`;
  await build({
    entryPoints: ["service-worker/sw.ts"],
    outfile: swDest,
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2022",
    legalComments: "none",
    logLevel: "warning",
  });
  const { count, size, warnings } = await injectManifest({
    swSrc: swDest,
    swDest,
    globDirectory: outDir,
    globPatterns: precachePatterns,
    globIgnores: ["sw.js", "_headers"],
    // Next.js names its static files by their content: their address is already their revision.
    dontCacheBustURLsMatching: /^_next\/static\//,
    maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
  });
  if (warnings.length > 0) throw new Error(`offline copy: ${warnings.join("; ")}`);
  return { count, size };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { count, size } = await buildOffline(process.argv[2]);
  console.log(`Service worker written: ${count} files precached (${(size / 1024).toFixed(0)} KB)`);
}
