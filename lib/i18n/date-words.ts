/**
 * A long date in each language's own words, written without Intl: the first Intl formatter a page makes
 * starts ICU, which blocked a slow phone for about 100 ms on the result and handout pages (issue 24, decision
 * 0009). `lib/i18n/date-words.test.ts` compares every day of fifteen years with Intl in every language the
 * site speaks; a language missing here is formatted by Intl (correct, only slower).
 */
export type DateWords = { weekdays: readonly string[]; months: readonly string[]; long: (parts: DateParts) => string };
export type DateParts = { weekday: string; day: number; month: string; year: number };

export const dateWords: Readonly<Record<string, DateWords>> = {
  "en-GB": {
    weekdays: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
    months: [
      "January",
      "February",
      "March",
      "April",
      "May",
      "June",
      "July",
      "August",
      "September",
      "October",
      "November",
      "December",
    ],
    long: ({ weekday, day, month, year }) => `${weekday}, ${day} ${month} ${year}`,
  },
  es: {
    weekdays: ["domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"],
    months: [
      "enero",
      "febrero",
      "marzo",
      "abril",
      "mayo",
      "junio",
      "julio",
      "agosto",
      "septiembre",
      "octubre",
      "noviembre",
      "diciembre",
    ],
    long: ({ weekday, day, month, year }) => `${weekday}, ${day} de ${month} de ${year}`,
  },
};
