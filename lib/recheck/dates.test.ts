import { describe, expect, it } from "vitest";
import {
  addDays,
  checkBackOn,
  formatIsoDate,
  fromDayNumber,
  localIsoDate,
  parseIsoDate,
  toDayNumber,
  weeksOfCare,
} from "./dates";

describe("check-back dates", () => {
  it.each([
    ["2026-11-22", 4, "2026-12-20"],
    ["2026-11-22", 2, "2026-12-06"],
    ["2026-11-22", 3, "2026-12-13"],
    ["2026-11-22", 1, "2026-11-29"],
    ["2027-01-31", 4, "2027-02-28"],
    ["2028-02-10", 3, "2028-03-02"],
  ])("starting %s, a %i-week window ends on %s", (start, weeks, expected) => {
    expect(checkBackOn(start, weeks)).toBe(expected);
  });

  it("counts whole weeks across month ends and leap days", () => {
    expect(weeksOfCare("2026-11-22", "2026-12-20")).toBe(4);
    expect(weeksOfCare("2026-11-22", "2026-12-19")).toBe(3);
    expect(weeksOfCare("2028-02-01", "2028-03-01")).toBe(4);
    expect(weeksOfCare("2026-12-01", "2026-11-30")).toBe(0);
  });

  it("is not moved by daylight-saving changes", () => {
    // Europe and the US change their clocks in late March and early November.
    expect(weeksOfCare("2027-03-20", "2027-04-03")).toBe(2);
    expect(weeksOfCare("2026-10-24", "2026-11-07")).toBe(2);
    expect(checkBackOn("2027-03-24", 1)).toBe("2027-03-31");
    const justAfterMidnightAfterChange = new Date(2027, 2, 29, 0, 30);
    expect(localIsoDate(justAfterMidnightAfterChange)).toBe("2027-03-29");
  });

  it("accepts only real calendar dates", () => {
    expect(parseIsoDate("2026-02-29")).toBeUndefined();
    expect(parseIsoDate("2028-02-29")).toBe("2028-02-29");
    expect(parseIsoDate("22/11/2026")).toBeUndefined();
    expect(parseIsoDate("2026-04-31")).toBeUndefined();
    expect(parseIsoDate("2026-13-01")).toBeUndefined();
    expect(parseIsoDate("2026-00-10")).toBeUndefined();
    // Two-digit years are read by Date.UTC as 19xx, so the year must be checked too.
    expect(parseIsoDate("0050-01-01")).toBeUndefined();
    expect(parseIsoDate("2026-12-31")).toBe("2026-12-31");
  });

  it("round-trips the token's day numbers and formats dates for people", () => {
    expect(fromDayNumber(toDayNumber("2026-11-22"))).toBe("2026-11-22");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(formatIsoDate("2026-12-20")).toBe("Sunday, 20 December 2026");
  });
});

describe("dates in Spanish", () => {
  // Across month ends, a leap day and a year end: the check-back date as a Spanish reader sees it.
  it.each([
    ["2027-01-31", 4, "domingo, 28 de febrero de 2027"],
    ["2028-02-10", 3, "jueves, 2 de marzo de 2028"],
    ["2028-02-01", 4, "martes, 29 de febrero de 2028"],
    ["2026-12-10", 4, "jueves, 7 de enero de 2027"],
    ["2026-11-30", 1, "lunes, 7 de diciembre de 2026"],
  ])("from %s, %i weeks on is %s", (start, weeks, spoken) => {
    expect(formatIsoDate(checkBackOn(start, weeks), "es")).toBe(spoken);
  });

  it("stays English where no language is given, as every page did before", () => {
    expect(formatIsoDate("2026-12-20")).toBe(formatIsoDate("2026-12-20", "en"));
    expect(formatIsoDate("2026-12-20", "en")).toMatch(/^Sunday,? 20 December 2026$/);
  });
});
