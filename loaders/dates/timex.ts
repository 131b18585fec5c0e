/**
 * Calendar arithmetic and TIMEX3 value formatting. Pure; works in UTC so that
 * the machine's time zone never shifts a day.
 */

/** A calendar day. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** Parses "YYYY-MM-DD" (or a longer ISO string); undefined when it is not a real day. */
export function parseYmd(s: string): Ymd | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return undefined;
  const day = {y: +m[1], m: +m[2], d: +m[3]};
  return isValidDay(day.y, day.m, day.d) ? day : undefined;
}

/** True when the day exists (no 31 February, no month 13). */
export function isValidDay(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** "2025-02-12" */
export function formatDay(day: Ymd): string {
  return `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;
}

/** "2025-02" */
export function formatMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

/** Day shifted by n days. */
export function addDays(day: Ymd, n: number): Ymd {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d + n));
  return {y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate()};
}

/** Month shifted by n months, as [year, month]. */
export function addMonths(y: number, m: number, n: number): [number, number] {
  const index = y * 12 + (m - 1) + n;
  return [Math.floor(index / 12), (index % 12) + 1];
}

/** ISO weekday, Monday 1 … Sunday 7. */
export function isoWeekday(day: Ymd): number {
  const w = new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO week as "2025-W07". */
export function isoWeek(day: Ymd): string {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d));
  const wd = isoWeekday(day);
  t.setUTCDate(t.getUTCDate() + 4 - wd);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((t.getTime() - yearStart) / 86400000 + 1) / 7);
  return `${t.getUTCFullYear()}-W${pad(week)}`;
}

/**
 * The weekday `target` nearest to `ref` in the given direction: "past" is the
 * last such day before ref, "future" the next one after it, "week" the one in
 * ref's ISO week.
 */
export function weekdayFrom(ref: Ymd, target: number, direction: "past" | "future" | "week"): Ymd {
  const wd = isoWeekday(ref);
  if (direction === "week") return addDays(ref, target - wd);
  if (direction === "past") return addDays(ref, -(((wd - target + 6) % 7) + 1));
  return addDays(ref, ((target - wd + 6) % 7) + 1);
}

/** Year of a two-digit year ("13/02/25"): within 1930–2029. */
export function fullYear(y: number): number {
  return y >= 100 ? y : y < 30 ? 2000 + y : 1900 + y;
}

/** Formats a duration amount for TIMEX3: integers plain, halves as "1.5". */
export function amount(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 10) / 10);
}
