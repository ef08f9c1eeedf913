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
  it("refuses what is not a well-formed JPEG head", () => {
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
