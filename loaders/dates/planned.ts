/**
 * Dates a plan is made for (dates.csv `planned`): a day named as the one a plan is for ("für Samstag geplant",
 * `DateValue.planned`), or a date that lies wholly after the publication day in a clause not told in the past
 * ("Am Mittwoch treffen sich die Parteichefs erneut" in a Monday report, "Die Gespräche beginnen morgen"). Such a
 * date dates no event (loaders/events/attachDates.ts): the chronology lists what happened, and a plan is announced.
 * A night named by the day it ends on ("in der Nacht zu Samstag") counts as that day: in a Friday report it is planned.
 * A present-tense clause with a date on or before the publication day ("Die Gespräche beginnen heute",
 * "Am Montag treffen sich …" in a Monday report) states a fact.
 */
import type {DateMatch} from "./find.js";
import {nightEnd} from "../lang/de/dates/night.js";
import {addDays, formatDay} from "./timex.js";
import {timeSpan} from "../report/timeSpan.js";

/** Id of the rule that marks a date after the publication day as planned (named in the row's note). */
export const AFTER_PUBLICATION = "de.dates.planned.after-publication";

/** Marks that end the clause around a date ("Die Stadt öffnet am Freitag, teilte ein Sprecher mit"). */
const CLAUSE_MARK = /[,;:]/;
/** Characters read on each side of a date for its clause at most (bounds the cost of a long sentence). */
const CLAUSE_REACH = 200;

/**
 * The first day a TIMEX value covers ("2026-03-16", "2026-04" → "2026-04-01", "2027" → "2027-01-01", an ISO week "2026-W42"
 * → its Monday, a weekend "2026-W42-WE" → its Saturday), or "" for no calendar date.
 */
export function firstDay(value: string): string {
  const week = /^(\d{4}-W\d{2})(-WE)?$/.exec(value);
  if (week) {
    const monday = timeSpan(week[1])?.start;
    if (!monday || !week[2]) return monday ?? "";
    const [y, m, d] = monday.split("-").map(Number);
    return formatDay(addDays({y, m, d}, 5));
  }
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T|$)/.exec(value);
  return m ? `${m[1]}-${m[2] ?? "01"}-${m[3] ?? "01"}` : "";
}

/** The clause of `text` around [start, end): from the last clause mark before it to the first after it, within the sentence [from, to). */
function clauseAround(text: string, start: number, end: number, from: number, to: number): string {
  let a = start;
  while (a > from && a > start - CLAUSE_REACH && !CLAUSE_MARK.test(text[a - 1])) a--;
  let b = end;
  while (b < to && b < end + CLAUSE_REACH && !CLAUSE_MARK.test(text[b])) b++;
  return text.slice(a, b);
}

/**
 * Sets `planned` on the rows (in text order, each inside one of `sentences`) whose date lies after `published`
 * (YYYY-MM-DD; nothing when unknown) and whose clause `pastTense` does not hold; keeps a plan day already set.
 */
export function markPlanned(rows: DateMatch[], text: string, sentences: readonly {start: number; end: number}[], published: string, pastTense: {test(s: string): boolean}): DateMatch[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(published)) return rows;
  let s = 0;
  for (const row of rows) {
    if (row.planned || (row.type !== "DATE" && row.type !== "TIME")) continue;
    // a night counts by the day it ends on: "in der Nacht zu Samstag" in a Friday report lies after it
    const day = nightEnd(row) ?? firstDay(row.value);
    if (!day || day <= published) continue;
    while (s < sentences.length && sentences[s].end <= row.start) s++;
    const sentence = sentences[s] ?? {start: 0, end: text.length};
    if (pastTense.test(clauseAround(text, row.start, row.end, sentence.start, sentence.end))) continue;
    row.planned = true;
    row.note = row.note ? `${row.note}; planned: after the publication date (${AFTER_PUBLICATION})` : `planned: after the publication date (${AFTER_PUBLICATION})`;
  }
  return rows;
}
