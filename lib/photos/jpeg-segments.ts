/**
 * The marker segments at the head of a JPEG file, to prove what a kept photo does not carry: an APP1 "Exif"
 * segment holds the camera, the time and often the place a photo was taken.
 */
export type JpegSegment = { marker: number; data: Uint8Array };

/** The segments before the image data (up to start-of-scan), or undefined when the bytes are not a JPEG. */
export function jpegSegments(bytes: Uint8Array): JpegSegment[] | undefined {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined;
  const segments: JpegSegment[] = [];
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1] ?? 0;
    if (marker === 0xd9) break;
    const length = ((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0);
    if (length < 2 || at + 2 + length > bytes.length) return undefined;
    segments.push({ marker, data: bytes.subarray(at + 4, at + 2 + length) });
    if (marker === 0xda) break;
    at += 2 + length;
  }
  return segments;
}

const exifHeader = [0x45, 0x78, 0x69, 0x66, 0, 0]; // "Exif\0\0"

/** Whether a JPEG carries an Exif segment (the camera, the time, the place). */
export function hasExif(bytes: Uint8Array): boolean {
  return (jpegSegments(bytes) ?? []).some(
    (segment) => segment.marker === 0xe1 && exifHeader.every((byte, i) => segment.data[i] === byte),
  );
}
