/** The calendar date `weeks` whole weeks after `from`, as a person reads it ("Saturday 19 December 2026"). */
export function checkBackDate(from: Date, weeks: number): Date {
  const date = new Date(from.getFullYear(), from.getMonth(), from.getDate());
  date.setDate(date.getDate() + weeks * 7);
  return date;
}

export function formatLongDate(date: Date): string {
  return new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric" }).format(
    date,
  );
}
