import { describe, expect, it } from "vitest";
import { thenAndNow } from "./then-and-now";

describe("thenAndNow", () => {
  it("pairs the first photo with the latest, whatever lies between", () => {
    expect(thenAndNow(["a", "b", "c"])).toEqual(["a", "c"]);
    expect(thenAndNow(["a", "b"])).toEqual(["a", "b"]);
  });
  it("has nothing to compare with fewer than two photos", () => {
    expect(thenAndNow(["a"])).toBeUndefined();
    expect(thenAndNow([])).toBeUndefined();
  });
});
