/** The first photo and the latest (oldest first in `photos`), to lay side by side; none until there are two. */
export function thenAndNow<T>(photos: readonly T[]): [T, T] | undefined {
  const [first] = photos;
  const last = photos.at(-1);
  return photos.length > 1 && first !== undefined && last !== undefined ? [first, last] : undefined;
}
