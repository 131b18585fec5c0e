/**
 * Reading a given publication date (sources.yaml, front matter, an adapter's
 * column or a feed's date) as YYYY-MM-DD. Pure: no file access.
 */
import {formatDay, isValidDay, parseYmd} from "../dates/timex.js";
import {months} from "../lang/de/dates/lexicon.js";

/** English month abbreviations of RFC 822 → month number. */
const MONTHS: Record<string, number> = {jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12};

/** The date forms readDate accepts, for messages about a value it cannot read. */
export const DATE_FORMS = "YYYY-MM-DD, D.M.YY or DD.MM.YYYY";

/**
 * A date as YYYY-MM-DD, taken as written (no time-zone shift): ISO 8601
 * (`2025-02-12T23:30:00+01:00`), German numeric dates with dots or slashes,
 * with or without leading zeros (`12.02.2025`, `3.2.2025`, `18/3/26`; a
 * two-digit year is 20yy), a German month name (`1. März 2025`, the names of
 * lang/de/dates/lexicon.ts) or RFC 822 (`Wed, 12 Feb 2025 23:30:00 +0100`).
 * A date that is no calendar day ("31.2.2025") and anything else give "". An
 * ISO day is passed on as written (metadata.ts sets an impossible one aside
 * and says so; a date line reads it with {@link readCalendarDate}).
 */
export function readDate(value: string): string {
  const s = value.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})(?![\d.])/.exec(s);
  if (m) return calendarDay(m[3].length === 2 ? 2000 + +m[3] : +m[3], +m[2], +m[1]);
  m = /^(\d{1,2})\. (\p{L}+) (\d{4})/u.exec(s);
  if (m && months[m[2].toLowerCase()]) return calendarDay(+m[3], months[m[2].toLowerCase()], +m[1]);
  m = /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})\b/.exec(s);
  if (m && MONTHS[m[2].toLowerCase()]) return calendarDay(+m[3], MONTHS[m[2].toLowerCase()], +m[1]);
  return "";
}

/** {@link readDate} of a day that exists: an ISO day that is no calendar day ("2025-02-30") gives "" too. */
export function readCalendarDate(value: string): string {
  const day = readDate(value);
  return parseYmd(day) ? day : "";
}

/** YYYY-MM-DD for a day that exists, else "". */
function calendarDay(y: number, m: number, d: number): string {
  return isValidDay(y, m, d) ? formatDay({y, m, d}) : "";
}

/** The warning for a published value that cannot be read, naming the value. */
export function unreadDate(value: string): string {
  return `published "${value}" is not a date (expected ${DATE_FORMS}); left empty`;
}
