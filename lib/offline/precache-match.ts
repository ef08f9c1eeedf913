/**
 * How a request finds its file in the offline copy of the site. Pure, so the service worker and its tests
 * share it.
 */

/**
 * Query parameters that never change which file answers: Next.js's cache-buster on page data (`_rsc`) and
 * the questionnaire's "changing an answer" flag. The hash (where answers and tokens live) is never sent.
 */
export const ignoredSearchParams: RegExp[] = [/^_rsc$/, /^change$/];

/**
 * Other addresses a request may be precached under. Pages are folders ("/result/index.html"); a link given
 * out without its trailing slash, such as "/handout#…", is the same page.
 */
export function precacheAlternatives(url: URL): URL[] {
  const lastSegment = url.pathname.slice(url.pathname.lastIndexOf("/") + 1);
  if (lastSegment.includes(".")) return escapedBrackets(url);
  if (lastSegment === "") return [];
  const page = new URL(url.href);
  page.pathname += "/index.html";
  page.search = "";
  page.hash = "";
  return [page];
}

/**
 * Next.js asks for the script of a dynamic route as ".../%5Bid%5D/page-….js", while the list of files, read
 * off the disk, has it as ".../[id]/page-….js": the same file.
 */
function escapedBrackets(url: URL): URL[] {
  if (!/%5B|%5D/i.test(url.pathname)) return [];
  const file = new URL(url.href);
  file.pathname = url.pathname.replace(/%5B/gi, "[").replace(/%5D/gi, "]");
  file.search = "";
  return [file];
}
