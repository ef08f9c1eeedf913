import { isRecord } from "../../lib/is-record";
import { parseIsoDate, type IsoDate } from "../../lib/recheck/dates";
import { locales } from "../../lib/i18n/locales";
import { routesFor } from "../../lib/routes";
import { storedValue } from "../common/browser-state/storage";

// A check-in plan the person chose to keep on this device by adding a calendar reminder: only the date and
// the link back (whose answers sit after "#"). The start page reads it, so this module stays tiny: a plain
// shape check instead of a schema library keeps the landing page at the framework's own size.
export type Plan = { checkBackDate: IsoDate; link: string };

export const plan = storedValue("local", "red-pores-check:plan", (json): Plan | null =>
  isRecord(json) &&
  typeof json.checkBackDate === "string" &&
  parseIsoDate(json.checkBackDate) &&
  typeof json.link === "string" &&
  locales.some((locale) => String(json.link).startsWith(`${window.location.origin}${routesFor(locale).recheck("")}`))
    ? { checkBackDate: json.checkBackDate, link: json.link }
    : null,
);
