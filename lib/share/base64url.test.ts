import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runs } from "../testing/runs";
import { fromBase64, fromBase64Url, toBase64, toBase64Url } from "./base64url";

describe("base64url", () => {
  it("round-trips any bytes, with no padding and only the URL-safe alphabet", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(fromBase64Url(text)).toEqual(bytes);
      }),
      runs(500),
    );
    expect(toBase64Url(Uint8Array.from([251, 255]))).toBe("-_8");
  });

  it("refuses text that is not base64url", () => {
    expect(fromBase64Url("ab+c")).toBeUndefined();
    expect(fromBase64Url("ab/c")).toBeUndefined();
    expect(fromBase64Url("abc=")).toBeUndefined();
    expect(fromBase64Url(" abc")).toBeUndefined();
    expect(fromBase64Url("abc ")).toBeUndefined();
    expect(fromBase64Url("abcde")).toBeUndefined();
    expect(fromBase64Url("")).toEqual(new Uint8Array());
    expect(fromBase64Url("-_8")).toEqual(Uint8Array.from([251, 255]));
    expect(fromBase64Url("AA")).toEqual(Uint8Array.from([0]));
  });

  it("round-trips padded base64 too, a photo's size included, and refuses anything else", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const text = toBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString("base64"));
        expect(fromBase64(text)).toEqual(bytes);
      }),
      runs(500),
    );
    const photo = Uint8Array.from({ length: 200_000 }, (_, i) => (i * 7) % 256);
    expect(fromBase64(toBase64(photo))).toEqual(photo);
    for (const bad of ["ab-c", "abc", "ab=c", "a===", " abc", "abcd\n"]) expect(fromBase64(bad)).toBeUndefined();
  });
});
