import { describe, expect, it } from "vitest";
import { dateFormat, formatNumber, pluralCategory } from "./intl-once";
import { languageTag, locales } from "./locales";

describe("formatNumber", () => {
  it.each(locales)("writes 0 to 999 exactly as ICU does in %s, so the fast path changes nothing", (locale) => {
    const tag = languageTag[locale];
    const icu = new Intl.NumberFormat(tag);
    for (let n = 0; n < 1000; n++) expect(formatNumber(n, tag)).toBe(icu.format(n));
  });

  it("asks ICU for anything else: grouping, fractions and negatives in the language's own way", () => {
    expect(formatNumber(1000, "en-GB")).toBe("1,000");
    expect(formatNumber(12345, "en-GB")).toBe("12,345");
    expect(formatNumber(12345, "es")).toBe("12.345");
    expect(formatNumber(2.5, "es")).toBe("2,5");
    expect(formatNumber(-3, "en-GB")).toBe("-3");
  });
});

describe("formatters made once", () => {
  it("reuses one formatter per language and options", () => {
    const options = { month: "long", timeZone: "UTC" } as const;
    expect(dateFormat("es", options)).toBe(dateFormat("es", { ...options }));
    expect(dateFormat("es", options)).not.toBe(dateFormat("en-GB", options));
    expect(dateFormat("es", options).format(new Date(Date.UTC(2026, 11, 2)))).toBe("diciembre");
  });

  it("gives the language's plural category", () => {
    expect([1, 2, 0].map((n) => pluralCategory(n, "en-GB"))).toEqual(["one", "other", "other"]);
    expect(pluralCategory(1, "es")).toBe("one");
  });
});
