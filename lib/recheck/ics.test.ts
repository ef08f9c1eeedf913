import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { escapeText, foldLine, reminderIcs } from "./ics";

const link = `https://example.org/recheck#${"A".repeat(90)}`;
const reminder = {
  date: "2026-12-20",
  title: "Skin check-in",
  description: "Time to see how your skin is doing; open the link, then answer a few questions, again.\nLink: " + link,
  url: link,
  uid: "20261122-abc@red-pores-check",
  now: new Date(Date.UTC(2026, 10, 22, 4, 55, 0)),
  language: "es",
};

describe("reminderIcs", () => {
  const text = reminderIcs(reminder);

  it("is parsed back field by field by an independent parser", () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents("vevent");
    expect(events).toHaveLength(1);
    const event = new ICAL.Event(events[0]);
    expect(event.summary).toBe("Skin check-in");
    expect(event.description).toBe(reminder.description);
    expect(event.uid).toBe(reminder.uid);
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe("2026-12-20");
    expect(event.endDate.toString()).toBe("2026-12-21");
    expect(events[0]?.getFirstPropertyValue("url")).toBe(link);
    expect(events[0]?.getFirstProperty("summary")?.getParameter("language")).toBe("es");
    expect(events[0]?.getFirstProperty("description")?.getParameter("language")).toBe("es");
    expect(events[0]?.getFirstPropertyValue("dtstamp")?.toString()).toBe("2026-11-22T04:55:00Z");
    const alarm = events[0]?.getFirstSubcomponent("valarm");
    expect(alarm?.getFirstPropertyValue("action")).toBe("DISPLAY");
    expect(alarm?.getFirstPropertyValue("trigger")?.toString()).toBe("PT9H");
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
  });

  it("ends every line with CRLF and folds lines at 75 octets", () => {
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of text.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(text).toContain("\r\n ");
  });

  it("never splits a multi-byte character when folding", () => {
    const folded = foldLine(`DESCRIPTION:${"é".repeat(60)}`);
    for (const line of folded.split("\r\n ")) expect(line).not.toContain("\uFFFD");
    expect(folded.replace(/\r\n /g, "")).toBe(`DESCRIPTION:${"é".repeat(60)}`);
  });

  it("escapes commas, semicolons, backslashes and newlines", () => {
    expect(escapeText("a,b;c\\d\ne")).toBe("a\\,b\\;c\\\\d\\ne");
  });

  it("keeps health details out of the title", () => {
    expect(text).toMatch(/^SUMMARY;LANGUAGE=es:Skin check-in\r$/m);
  });
});

describe("foldLine", () => {
  const octets = (text: string) => new TextEncoder().encode(text).length;
  const physicalLines = (folded: string) => folded.split("\r\n");

  it("leaves a line of 75 octets alone and folds the 76th onto a continuation line", () => {
    expect(foldLine("a".repeat(75))).toBe("a".repeat(75));
    expect(foldLine("a".repeat(76))).toBe(`${"a".repeat(75)}\r\n a`);
  });

  it("fits 74 octets after the leading space of each continuation line", () => {
    expect(physicalLines(foldLine("b".repeat(75 + 74 + 10)))).toEqual([
      "b".repeat(75),
      ` ${"b".repeat(74)}`,
      ` ${"b".repeat(10)}`,
    ]);
  });

  it("counts octets, not characters, and moves a character that would straddle the limit", () => {
    const folded = foldLine(`${"a".repeat(74)}é${"c".repeat(3)}`);
    expect(physicalLines(folded)).toEqual(["a".repeat(74), " éccc"]);
    for (const line of physicalLines(foldLine("é".repeat(200)))) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(physicalLines(foldLine("é".repeat(200)))[0]).toBe("é".repeat(37));
  });
});
