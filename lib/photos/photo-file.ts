/**
 * What a photo file must be before the browser tries to read it, and the size it is kept at. Pure: the
 * component reads the file's first bytes and its size, and asks here.
 */

/** Larger files are refused before they are read: no phone photo is near this, and decoding one would stall. */
export const maxPhotoFileBytes = 25 * 1024 * 1024;

/** The longest side of a kept photo: enough to see bumps at a re-check, small enough to keep many. */
export const maxPhotoSide = 1600;

/** How many bytes of the file `imageFormat` needs to look at. */
export const signatureLength = 12;

export type PhotoFileProblem = "empty" | "too-large" | "not-an-image";

/**
 * Every reason a photo cannot be kept; nothing is changed then. The person's words for each are in the
 * catalogs, as "photos.problem." and the reason (messages/en.json).
 */
export type PhotoProblem = PhotoFileProblem | "cannot-decode" | "no-room" | "not-saved";

/** The picture format a file's first bytes announce, whatever its name says. */
export function imageFormat(bytes: Uint8Array): "jpeg" | "png" | "gif" | "webp" | "bmp" | "heif" | "avif" | undefined {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "jpeg";
  if (ascii(0, 8) === "\x89PNG\r\n\x1a\n") return "png";
  if (ascii(0, 4) === "GIF8") return "gif";
  if (ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP") return "webp";
  if (ascii(0, 2) === "BM") return "bmp";
  if (ascii(4, 8) === "ftyp") {
    const brand = ascii(8, 12);
    if (brand === "avif" || brand === "avis") return "avif";
    if (["heic", "heix", "hevc", "heim", "heis", "mif1", "msf1"].includes(brand)) return "heif";
  }
  return undefined;
}

/** Whether a file may be read as a photo: the reason it may not, or undefined when it may. */
export function photoFileProblem(size: number, firstBytes: Uint8Array): PhotoFileProblem | undefined {
  if (size === 0) return "empty";
  if (size > maxPhotoFileBytes) return "too-large";
  return imageFormat(firstBytes) ? undefined : "not-an-image";
}

/** The size a photo is kept at: its own when small enough, else scaled so its longest side is `maxSide`. */
export function keptSize(width: number, height: number, maxSide = maxPhotoSide): { width: number; height: number } {
  const longest = Math.max(width, height);
  if (longest <= maxSide) return { width, height };
  const scale = maxSide / longest;
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}
