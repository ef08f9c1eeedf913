import { describe, expect, it } from "vitest";
import { addDays, formatIsoDate } from "../recheck/dates";
import { dateWords } from "./date-words";
import { languageTag, locales, PSEUDO } from "./locales";

describe("long dates without Intl", () => {
  it.each(locales.filter((locale) => dateWords[languageTag[locale]]))(
    "read in %s exactly as Intl writes them, every day for fifteen years",
    (locale) => {
      const intl = new Intl.DateTimeFormat(languageTag[locale], {
        weekday: "long",
        day: "numeric",
        month: "long",
        year: "numeric",
        timeZone: "UTC",
      });
      for (let day = 0; day < 365 * 15; day++) {
        const date = addDays("2020-01-01", day);
        expect(formatIsoDate(date, locale)).toBe(intl.format(new Date(`${date}T00:00:00Z`)));
      }
    },
  );

  it("cover every language the site speaks, but the test-only pseudo-language", () => {
    expect(locales.filter((locale) => locale !== PSEUDO && !dateWords[languageTag[locale]])).toEqual([]);
  });
});
