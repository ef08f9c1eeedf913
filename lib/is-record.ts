/** A plain object (not null, not a list): the first check on anything read back from storage, a link or a file. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
