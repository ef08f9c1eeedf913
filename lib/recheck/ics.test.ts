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
    expect(text).toMatch(/^SUMMARY:Skin check-in\r$/m);
  });
});
