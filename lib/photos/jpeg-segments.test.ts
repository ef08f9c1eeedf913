import { describe, expect, it } from "vitest";
import { exifSegment, ifd0Tags, withExif } from "../testing/exif-jpeg";
import { hasExif, jpegSegments } from "./jpeg-segments";

// A JPEG's head as a canvas writes it: start of image, a JFIF APP0 segment, a start of scan, the end.
const plainJpeg = new Uint8Array([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x07, 0x4a, 0x46, 0x49, 0x46, 0x00, 0xff, 0xda, 0x00, 0x02, 0x00, 0xff, 0xd9,
]);

describe("jpegSegments", () => {
  it("lists the segments up to the image data", () => {
    expect(jpegSegments(plainJpeg)?.map((s) => s.marker)).toEqual([0xe0, 0xda]);
  });
  it("gives each segment's own bytes, and stops at the start of the image data", () => {
    const segments = jpegSegments(plainJpeg);
    expect(Array.from(segments?.[0]?.data ?? [])).toEqual([0x4a, 0x46, 0x49, 0x46, 0x00]);
    expect(Array.from(segments?.[1]?.data ?? [])).toEqual([]);
    // Bytes after the start of scan are image data, never read as segments, however they look.
    const withData = new Uint8Array([...plainJpeg.subarray(0, 16), 0xff, 0xe1, 0x00, 0x04, 0x45, 0x78, 0xff, 0xd9]);
    expect(jpegSegments(withData)?.map((s) => s.marker)).toEqual([0xe0, 0xda]);
  });

  it("stops at the end-of-image marker", () => {
    const ended = new Uint8Array([0xff, 0xd8, 0xff, 0xd9, 0x00, 0x00, 0xff, 0xe1, 0x00, 0x02]);
    expect(jpegSegments(ended)).toEqual([]);
  });

  it("refuses a segment whose length runs past the end of the file", () => {
    expect(jpegSegments(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x09, 0x4a, 0x46]))).toBeUndefined();
    expect(jpegSegments(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x4a, 0x46]))?.length).toBe(1);
    expect(jpegSegments(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x01, 0x4a, 0x46]))).toBeUndefined();
  });

  it("refuses what is not a well-formed JPEG head", () => {
    expect(jpegSegments(new Uint8Array([0xff, 0x00, 0xff, 0xe0, 0x00, 0x02]))).toBeUndefined();
    expect(jpegSegments(new Uint8Array([0x00, 0xd8, 0xff, 0xe0, 0x00, 0x02]))).toBeUndefined();
    expect(jpegSegments(new Uint8Array([0x89, 0x50]))).toBeUndefined();
    expect(jpegSegments(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0xff, 0xff]))).toBeUndefined();
    expect(jpegSegments(new Uint8Array([0xff, 0xd8, 0x00, 0xe0, 0x00, 0x02]))).toBeUndefined();
  });
});

describe("hasExif", () => {
  it("finds the Exif segment a camera writes, and none in a canvas's JPEG", () => {
    const fromCamera = withExif(plainJpeg);
    expect(hasExif(fromCamera)).toBe(true);
    expect(hasExif(plainJpeg)).toBe(false);
    expect(jpegSegments(fromCamera)?.map((s) => s.marker)).toEqual([0xe1, 0xe0, 0xda]);
  });

  it("needs the whole Exif header, not only its first letters, and only in APP1", () => {
    const almost = [0x45, 0x78, 0x69, 0x66, 0, 1];
    const app1 = new Uint8Array([0xff, 0xd8, 0xff, 0xe1, 0x00, 0x08, ...almost, ...plainJpeg.subarray(2)]);
    expect(hasExif(app1)).toBe(false);
    const exifInApp2 = new Uint8Array([
      0xff,
      0xd8,
      0xff,
      0xe2,
      0x00,
      0x08,
      0x45,
      0x78,
      0x69,
      0x66,
      0,
      0,
      ...plainJpeg.subarray(2),
    ]);
    expect(hasExif(exifInApp2)).toBe(false);
    expect(hasExif(new Uint8Array([0x89, 0x50]))).toBe(false);
  });

  it("is not fooled by an APP1 segment that is not Exif (such as XMP)", () => {
    const xmp = [..."http://ns.adobe.com/xap/1.0/\0"].map((c) => c.charCodeAt(0));
    const length = xmp.length + 2;
    const withXmp = new Uint8Array([
      0xff,
      0xd8,
      0xff,
      0xe1,
      length >> 8,
      length & 0xff,
      ...xmp,
      ...plainJpeg.subarray(2),
    ]);
    expect(hasExif(withXmp)).toBe(false);
  });
});

describe("the test photo's Exif segment", () => {
  it("really names the camera and holds a GPS position", () => {
    const body = exifSegment("TestCam", "Model 7", [51, 30, 26]);
    expect(ifd0Tags(body)).toEqual([0x010f, 0x0110, 0x8825]);
    expect(new TextDecoder().decode(body)).toContain("TestCam");
  });
});
