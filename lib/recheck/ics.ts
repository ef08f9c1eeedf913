import { addDays, type IsoDate } from "./dates";

/**
 * A one-event iCalendar file (RFC 5545) for the check-back reminder: all day on the date, a neutral title so
 * nothing about health shows on a shared calendar, the link back in the description, and an alarm at 9 in
 * the morning of the day. Lines end in CRLF and fold at 75 octets.
 */
export type Reminder = {
  date: IsoDate;
  title: string;
  description: string;
  url: string;
  uid: string;
  now: Date;
  /** The language of the title and description (a BCP 47 tag), which calendars may use to read them aloud. */
  language: string;
};

export function escapeText(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

/** Folds a content line so that no line is longer than 75 octets, never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

const basicDate = (date: IsoDate) => date.replace(/-/g, "");
const utcStamp = (now: Date) =>
  now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}Z$/, "Z");

export function reminderIcs(reminder: Reminder): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Red Pores Check//Check-in reminder//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:${reminder.uid}`,
    `DTSTAMP:${utcStamp(reminder.now)}`,
    `DTSTART;VALUE=DATE:${basicDate(reminder.date)}`,
    `DTEND;VALUE=DATE:${basicDate(addDays(reminder.date, 1))}`,
    `SUMMARY;LANGUAGE=${reminder.language}:${escapeText(reminder.title)}`,
    `DESCRIPTION;LANGUAGE=${reminder.language}:${escapeText(reminder.description)}`,
    `URL:${reminder.url}`,
    "TRANSP:TRANSPARENT",
    "BEGIN:VALARM",
    "ACTION:DISPLAY",
    `DESCRIPTION:${escapeText(reminder.title)}`,
    "TRIGGER;RELATED=START:PT9H",
    "END:VALARM",
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
