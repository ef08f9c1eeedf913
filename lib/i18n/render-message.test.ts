import { describe, expect, it } from "vitest";
import { formatIsoDate } from "../recheck/dates";
import { languageTag, locales, PSEUDO } from "./locales";
import { formatNumber, oneForOnlyOne, pluralCategory, renderMessage } from "./render-message";

describe("pluralCategory", () => {
  it.each([...oneForOnlyOne])(
    "picks the form ICU picks for 0 to 999 in %s, so the fast path changes nothing",
    (tag) => {
      const icu = new Intl.PluralRules(tag);
      for (let n = 0; n < 1000; n++) expect(pluralCategory(n, tag)).toBe(icu.select(n));
    },
  );

  it("covers every language the site speaks, and asks ICU for other numbers", () => {
    for (const locale of locales) expect(oneForOnlyOne.has(languageTag[locale]) || locale === PSEUDO).toBe(true);
    expect(pluralCategory(1.5, "en-GB")).toBe(new Intl.PluralRules("en-GB").select(1.5));
    expect(pluralCategory(1_000_000, "es")).toBe(new Intl.PluralRules("es").select(1_000_000));
  });
});

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

describe("renderMessage with Intl", () => {
  const count = { arg: "#" };
  const weeks = [{ arg: "n", kind: "plural" as const, cases: { one: [count, " week"], other: [count, " weeks"] } }];

  it("chooses the plural form of the language, again and again from one set of rules", () => {
    expect([1, 2, 0, 1].map((n) => renderMessage(weeks, { n }, "en-GB"))).toEqual([
      "1 week",
      "2 weeks",
      "0 weeks",
      "1 week",
    ]);
    expect(renderMessage(weeks, { n: 1500 }, "es")).toBe("1500 weeks");
    expect(renderMessage(weeks, { n: 15000 }, "es")).toBe("15.000 weeks");
  });

  it.each(locales)("writes dates in %s as ICU does, the same however often", (locale) => {
    const options = { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" } as const;
    const icu = new Intl.DateTimeFormat(languageTag[locale], options);
    for (const day of ["2026-12-02", "2026-12-03", "2027-02-28"]) {
      expect(formatIsoDate(day, locale)).toBe(icu.format(new Date(`${day}T00:00:00Z`)));
    }
    expect(formatIsoDate("2026-12-02", "es")).toContain("diciembre");
  });
});
