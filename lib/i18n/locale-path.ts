/**
 * The same page under another language's prefix ("" for English, "/es" for Spanish): "/es/result/" with
 * from "/es" and to "" is "/result/". Every page address ends in "/". A module of its own, so that the
 * language links on every page carry this and nothing else of the language list.
 */
export function swapLocalePrefix(pathname: string, from: string, to: string): string {
  const page = pathname.slice(from.length) || "/";
  return `${to}${page.endsWith("/") ? page : `${page}/`}`;
}
