import { keptSize, photoFileProblem, signatureLength, type PhotoFileProblem } from "../../lib/photos/photo-file";

export type ShrunkPhoto = { image: Blob; width: number; height: number };

/**
 * The photo as it is kept: checked, decoded, turned upright, scaled to at most 1,600 px and re-encoded by a
 * canvas, which writes only pixels. Nothing of the original file survives: no Exif (camera, time, place),
 * no other metadata.
 */
export async function shrinkPhoto(file: File): Promise<ShrunkPhoto | { problem: PhotoFileProblem | "cannot-decode" }> {
  const head = new Uint8Array(await file.slice(0, signatureLength).arrayBuffer());
  const problem = photoFileProblem(file.size, head);
  if (problem) return { problem };
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
  } catch {
    return { problem: "cannot-decode" };
  }
  const { width, height } = keptSize(bitmap.width, bitmap.height);
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  canvas.getContext("2d")?.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const image = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/jpeg", 0.85));
  return image ? { image, width, height } : { problem: "cannot-decode" };
}
