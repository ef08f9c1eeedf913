import { dateWords } from "../i18n/date-words";
import { defaultLocale, languageTag, type Locale } from "../i18n/locales";

/**
 * Calendar dates as "YYYY-MM-DD" strings, computed in UTC so that month ends, leap years and daylight-saving
 * changes never shift a day: a person's "today" is read from their local clock once, then only whole days
 * are counted.
 */
export type IsoDate = string;

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const dayMs = 24 * 60 * 60 * 1000;

/** The person's local calendar date at `now`. */
export function localIsoDate(now: Date): IsoDate {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function parseIsoDate(text: string): IsoDate | undefined {
  const match = isoPattern.exec(text);
  if (!match) return undefined;
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1));
  return date.getUTCFullYear() === y && date.getUTCMonth() + 1 === m && date.getUTCDate() === d ? text : undefined;
}

function utcDay(date: IsoDate): number {
  const [y = 0, m = 1, d = 1] = date.split("-").map(Number);
  return Date.UTC(y, m - 1, d) / dayMs;
}

function fromUtcDay(day: number): IsoDate {
  return new Date(day * dayMs).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtcDay(utcDay(date) + days);
}

/** The check-back date: the start of home care plus the condition's window. */
export function checkBackOn(start: IsoDate, weeks: number): IsoDate {
  return addDays(start, weeks * 7);
}

/** Whole weeks of care from `start` to `today` (0 when today is before the start). */
export function weeksOfCare(start: IsoDate, today: IsoDate): number {
  return Math.max(0, Math.floor((utcDay(today) - utcDay(start)) / 7));
}

/** Days since 2020-01-01, for the compact share token (two bytes last until 2199). */
export function toDayNumber(date: IsoDate): number {
  return utcDay(date) - utcDay("2020-01-01");
}

export function fromDayNumber(day: number): IsoDate {
  return fromUtcDay(utcDay("2020-01-01") + day);
}

// One formatter per language, made on first use: a new one per date would cost a slow phone again (decision 0009).
const longDates: Record<string, Intl.DateTimeFormat> = {};

/** "Sunday, 20 December 2026" (or "domingo, 20 de diciembre de 2026"), as a person reads it in their language. */
export function formatIsoDate(date: IsoDate, locale: Locale = defaultLocale): string {
  const tag = languageTag[locale];
  const words = dateWords[tag];
  if (words) {
    const [year = 0, month = 1, day = 1] = date.split("-").map(Number);
    const weekday = new Date(utcDay(date) * dayMs).getUTCDay();
    return words.long({ weekday: words.weekdays[weekday] ?? "", day, month: words.months[month - 1] ?? "", year });
  }
  longDates[tag] ??= new Intl.DateTimeFormat(tag, {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  return longDates[tag].format(new Date(utcDay(date) * dayMs));
}
