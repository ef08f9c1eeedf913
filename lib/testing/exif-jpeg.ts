/**
 * Test photos that carry what a phone writes into a JPEG: an Exif segment naming the camera and holding GPS
 * coordinates. Only for tests, which prove that a kept photo carries none of it.
 */
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0)).concat(0);

/** The Exif segment body (TIFF, little-endian): IFD0 with Make, Model and a GPS IFD with a latitude. */
export function exifSegment(make: string, model: string, latitude: [number, number, number]): Uint8Array {
  const makeBytes = ascii(make);
  const modelBytes = ascii(model);
  const ifd0At = 8;
  const ifd0Size = 2 + 3 * 12 + 4;
  const makeAt = ifd0At + ifd0Size;
  const modelAt = makeAt + makeBytes.length;
  const gpsAt = (modelAt + modelBytes.length + 1) & ~1;
  const gpsSize = 2 + 2 * 12 + 4;
  const rationalsAt = gpsAt + gpsSize;
  const tiff = new DataView(new ArrayBuffer(rationalsAt + 24));
  const entry = (at: number, tag: number, type: number, count: number, value: number) => {
    tiff.setUint16(at, tag, true);
    tiff.setUint16(at + 2, type, true);
    tiff.setUint32(at + 4, count, true);
    tiff.setUint32(at + 8, value, true);
  };
  tiff.setUint16(0, 0x4949, true); // "II"
  tiff.setUint16(2, 42, true);
  tiff.setUint32(4, ifd0At, true);
  tiff.setUint16(ifd0At, 3, true);
  entry(ifd0At + 2, 0x010f, 2, makeBytes.length, makeAt); // Make
  entry(ifd0At + 14, 0x0110, 2, modelBytes.length, modelAt); // Model
  entry(ifd0At + 26, 0x8825, 4, 1, gpsAt); // GPS IFD
  makeBytes.forEach((byte, i) => tiff.setUint8(makeAt + i, byte));
  modelBytes.forEach((byte, i) => tiff.setUint8(modelAt + i, byte));
  tiff.setUint16(gpsAt, 2, true);
  entry(gpsAt + 2, 0x0001, 2, 2, 0x4e); // GPSLatitudeRef "N"
  entry(gpsAt + 14, 0x0002, 5, 3, rationalsAt); // GPSLatitude: degrees, minutes, seconds
  latitude.forEach((value, i) => {
    tiff.setUint32(rationalsAt + i * 8, value, true);
    tiff.setUint32(rationalsAt + i * 8 + 4, 1, true);
  });
  return new Uint8Array([...ascii("Exif"), 0, ...new Uint8Array(tiff.buffer)]);
}

/** The JPEG with an APP1 Exif segment put right after its start-of-image marker, as cameras write it. */
export function withExif(
  jpeg: Uint8Array,
  make = "TestCam",
  model = "Model 7",
  latitude: [number, number, number] = [51, 30, 26],
) {
  const body = exifSegment(make, model, latitude);
  const length = body.length + 2;
  return new Uint8Array([0xff, 0xd8, 0xff, 0xe1, length >> 8, length & 0xff, ...body, ...jpeg.subarray(2)]);
}

/** The tags of IFD0 of an Exif segment body, to show that a test photo really carries GPS and camera tags. */
export function ifd0Tags(exifBody: Uint8Array): number[] {
  const tiff = new DataView(exifBody.buffer, exifBody.byteOffset + 6);
  const ifd0At = tiff.getUint32(4, true);
  const count = tiff.getUint16(ifd0At, true);
  return Array.from({ length: count }, (_, i) => tiff.getUint16(ifd0At + 2 + i * 12, true));
}
