import { describe, expect, it } from "vitest";
import { cpuSlowdownFor } from "./cpu-calibration.mjs";

describe("cpuSlowdownFor", () => {
  it("gives Lighthouse's default 4x to the fast desktop that default assumes", () => {
    expect(cpuSlowdownFor(1533)).toBeCloseTo(4, 1);
  });

  it("follows the calculator's anchor points", () => {
    expect(cpuSlowdownFor(150)).toBeCloseTo(1);
    expect(cpuSlowdownFor(800)).toBeCloseTo(2);
    expect(cpuSlowdownFor(1300)).toBeCloseTo(3);
    expect(cpuSlowdownFor(2000)).toBeCloseTo(6, 0);
  });

  it("slows a faster machine more, and never speeds a machine up", () => {
    const indexes = [50, 150, 400, 800, 1000, 1299, 1300, 1600, 2500];
    const multipliers = indexes.map(cpuSlowdownFor);
    expect(multipliers).toEqual([...multipliers].sort((a, b) => a - b));
    expect(Math.min(...multipliers)).toBe(1);
  });

  it("refuses a missing benchmark index rather than guessing", () => {
    expect(() => cpuSlowdownFor(Number.NaN)).toThrow(/benchmark index/);
    expect(() => cpuSlowdownFor(0)).toThrow(/benchmark index/);
  });
});
