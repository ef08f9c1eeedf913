import { describe, expect, it } from "vitest";
import { imageFormat, keptSize, maxPhotoFileBytes, photoFileProblem, signatureLength } from "./photo-file";

const bytes = (...values: (number | string)[]) =>
  new Uint8Array(values.flatMap((v) => (typeof v === "string" ? [...v].map((c) => c.charCodeAt(0)) : [v])));

describe("imageFormat", () => {
  it("reads the format from the file's first bytes", () => {
    expect(imageFormat(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe("jpeg");
    expect(imageFormat(bytes(0x89, "PNG\r\n", 0x1a, "\n"))).toBe("png");
    expect(imageFormat(bytes("GIF89a"))).toBe("gif");
    expect(imageFormat(bytes("RIFF", 0, 0, 0, 0, "WEBP"))).toBe("webp");
    expect(imageFormat(bytes("BM", 0, 0))).toBe("bmp");
    expect(imageFormat(bytes(0, 0, 0, 24, "ftypheic"))).toBe("heif");
    expect(imageFormat(bytes(0, 0, 0, 24, "ftypavif"))).toBe("avif");
  });

  it.each(["heic", "heix", "hevc", "heim", "heis", "mif1", "msf1"])("reads the HEIF brand %s", (brand) => {
    expect(imageFormat(bytes(0, 0, 0, 24, `ftyp${brand}`))).toBe("heif");
  });

  it.each(["avif", "avis"])("reads the AVIF brand %s", (brand) => {
    expect(imageFormat(bytes(0, 0, 0, 24, `ftyp${brand}`))).toBe("avif");
  });

  it.each([
    ["a JPEG start with a wrong first byte", [0x00, 0xd8, 0xff]],
    ["a JPEG start with a wrong second byte", [0xff, 0x00, 0xff]],
    ["a PNG signature with a wrong last byte", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x00]],
    ["a GIF start of another version", [0x47, 0x49, 0x46, 0x37]],
    ["a RIFF file that is not WebP", [0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x41, 0x56, 0x49, 0x20]],
    ["WEBP without RIFF", [0x52, 0x49, 0x46, 0x58, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50]],
    ["a B that is not BM", [0x42, 0x4e]],
    ["an ftyp box of a video", [0, 0, 0, 24, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d]],
  ])("refuses %s", (_, values) => {
    expect(imageFormat(new Uint8Array(values))).toBeUndefined();
  });

  it("does not take a file's name or a near miss for a picture", () => {
    expect(imageFormat(bytes("Just some text, named photo.jpg"))).toBeUndefined();
    expect(imageFormat(bytes(0xff, 0xd8, 0x00))).toBeUndefined();
    expect(imageFormat(bytes("RIFF", 0, 0, 0, 0, "WAVE"))).toBeUndefined();
    expect(imageFormat(bytes(0, 0, 0, 24, "ftypmp42"))).toBeUndefined();
    expect(imageFormat(new Uint8Array())).toBeUndefined();
  });

  it("needs no more than the bytes the component reads", () => {
    expect(imageFormat(bytes("RIFF", 0, 0, 0, 0, "WEBP").subarray(0, signatureLength))).toBe("webp");
  });
});

describe("photoFileProblem", () => {
  const jpeg = bytes(0xff, 0xd8, 0xff, 0xe0);
  it("refuses an empty file, one over 25 MB, and one that is not a picture", () => {
    expect(photoFileProblem(0, jpeg)).toBe("empty");
    expect(photoFileProblem(maxPhotoFileBytes + 1, jpeg)).toBe("too-large");
    expect(photoFileProblem(100, bytes("hello"))).toBe("not-an-image");
  });
  it("accepts a picture up to exactly 25 MB", () => {
    expect(photoFileProblem(maxPhotoFileBytes, jpeg)).toBeUndefined();
    expect(photoFileProblem(1, jpeg)).toBeUndefined();
  });
});

describe("keptSize", () => {
  it("scales the longest side down to 1,600 px and keeps the shape", () => {
    expect(keptSize(4032, 3024)).toEqual({ width: 1600, height: 1200 });
    expect(keptSize(3024, 4032)).toEqual({ width: 1200, height: 1600 });
    expect(keptSize(1601, 10)).toEqual({ width: 1600, height: 10 });
  });
  it("keeps a photo that is already small enough as it is, and never a side of zero", () => {
    expect(keptSize(1600, 900)).toEqual({ width: 1600, height: 900 });
    expect(keptSize(640, 480)).toEqual({ width: 640, height: 480 });
    expect(keptSize(10000, 1)).toEqual({ width: 1600, height: 1 });
  });
});
