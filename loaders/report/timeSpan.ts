/** Granularity of a date as the text gives it: a year is a span, not a day. */
export type Granularity = "day" | "week" | "month" | "year";

/** A calendar span [start, end) in ISO days, with the granularity it came from. */
export interface TimeSpan {
  start: string;
  end: string;
  granularity: Granularity;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The calendar span of a TIMEX3-like value: 2013 → the year 2013, 2022-02 →
 * February 2022, 2025-W07 → that ISO week, 2025-02-12 (or 2025-02-12T15:00) →
 * that day. Values without a calendar position (P1W, PRESENT_REF, "") give undefined.
 */
export function timeSpan(value: string): TimeSpan | undefined {
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(value);
  if (m) {
    const day = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    if (iso(day) !== `${m[1]}-${m[2]}-${m[3]}`) return undefined;
    return {start: iso(day), end: iso(new Date(day.getTime() + 864e5)), granularity: "day"};
  }
  if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) {
    const jan4 = new Date(Date.UTC(+m[1], 0, 4));
    const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 864e5 + (+m[2] - 1) * 7 * 864e5);
    return {start: iso(monday), end: iso(new Date(monday.getTime() + 7 * 864e5)), granularity: "week"};
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value)) && +m[2] >= 1 && +m[2] <= 12) {
    return {start: iso(new Date(Date.UTC(+m[1], +m[2] - 1, 1))), end: iso(new Date(Date.UTC(+m[1], +m[2], 1))), granularity: "month"};
  }
  if ((m = /^(\d{4})$/.exec(value))) return {start: `${m[1]}-01-01`, end: `${+m[1] + 1}-01-01`, granularity: "year"};
  return undefined;
}
