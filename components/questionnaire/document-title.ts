/**
 * A question page's title is "[Error: ]<page> – <site>": the mark tells a screen reader user at once that the
 * form was not sent (GOV.UK's pattern), and it stays while the page part changes.
 */
const ERROR_MARK = "Error: ";

export function titleWithError(title: string, hasError: boolean): string {
  const bare = title.startsWith(ERROR_MARK) ? title.slice(ERROR_MARK.length) : title;
  return hasError ? `${ERROR_MARK}${bare}` : bare;
}

export function titleForPage(title: string, page: string): string {
  const site = title.indexOf(" – ");
  if (site < 0) return title;
  return `${title.startsWith(ERROR_MARK) ? ERROR_MARK : ""}${page}${title.slice(site)}`;
}
