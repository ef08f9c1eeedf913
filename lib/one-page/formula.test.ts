import { describe, expect, it } from "vitest";
import { and, answered, checked, not, or, toSelector } from "./formula";

const a = checked("look-rough");
const b = checked("look-rash");
const c = answered("warning", "warning-none");

describe("formulas over ticked boxes", () => {
  it("simplify as they are built", () => {
    expect(and()).toBe(true);
    expect(or()).toBe(false);
    expect(and(a, true)).toEqual(a);
    expect(and(a, false)).toBe(false);
    expect(or(a, true)).toBe(true);
    expect(or(a, false)).toEqual(a);
    expect(and(a, a)).toEqual(a);
    expect(or(a, or(b, a))).toEqual({ or: [a, b] });
    expect(and(a, and(b, c))).toEqual({ and: [a, b, c] });
    expect(and(a, not(a))).toBe(false);
    expect(and(not(b), b)).toBe(false);
    expect(not(not(a))).toEqual(a);
    expect(not(true)).toBe(false);
    expect(not(false)).toBe(true);
  });

  it("become selectors on the form, with :has() never inside another :has()", () => {
    expect(toSelector(true)).toBe("");
    expect(toSelector(false)).toBeNull();
    expect(toSelector(a)).toBe(":has(#look-rough:checked)");
    expect(toSelector(answered("look"))).toBe(":has([name=look]:not(.op-clear):checked)");
    expect(toSelector(c)).toBe(":has([name=warning]:not(.op-clear):not(#warning-none):checked)");
    expect(toSelector(and(a, not(b)))).toBe(":has(#look-rough:checked):not(:has(#look-rash:checked))");
    expect(toSelector(or(a, b))).toBe(":is(:has(#look-rough:checked), :has(#look-rash:checked))");
    expect(toSelector(not(or(a, b)))).toBe(":not(:is(:has(#look-rough:checked), :has(#look-rash:checked)))");
    expect(toSelector(and(or(a, b), c))).toBe(
      ":is(:has(#look-rough:checked), :has(#look-rash:checked)):has([name=warning]:not(.op-clear):not(#warning-none):checked)",
    );
  });

  it("refuse a name that a selector would need to escape", () => {
    expect(() => toSelector(checked("look rough"))).toThrow("cannot be used in a selector");
    expect(() => toSelector(answered("1look"))).toThrow("cannot be used in a selector");
  });
});
