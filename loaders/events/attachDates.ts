/**
 * Which date of a sentence dates which event mention of it: the nearest cue first, then a cue left without a
 * date shares one close by in its clause; a reporting cue takes no date from the clause it reports.
 */
import {FOR_BEFORE} from "../lang/de/dates/patterns.js";
import {lowerBound} from "../text/lower-bound.js";
import type {DateRow, EventMentionRow} from "../types.js";

/** Which quotation a position stands in: the index of its span, or -1 outside every quote. */
export type QuoteSide = (position: number) => number;

/**
 * The quote side of positions, from an article's quote spans (direct, indirect and reported). Overlapping spans
 * (a direct quote inside a reported clause) count as one; looked up by binary search, so many quotes stay linear.
 */
export function quoteSides(quotes: readonly {start: number; end: number}[]): QuoteSide {
  const spans: [number, number][] = [];
  for (const q of [...quotes].sort((a, b) => a.start - b.start)) {
    const last = spans[spans.length - 1];
    if (last && q.start < last[1]) last[1] = Math.max(last[1], q.end);
    else spans.push([q.start, q.end]);
  }
  return (position) => {
    const k = lowerBound(spans.length, (i) => spans[i][1] <= position);
    return k < spans.length && spans[k][0] <= position ? k : -1;
  };
}

/** No quotes: every position is outside. */
const NO_QUOTES: QuoteSide = () => -1;

/** Characters between a cue and a span, whichever comes first. */
const gap = (m: EventMentionRow, f: {start: number; end: number}) => Math.abs(m.cue_start >= f.end ? m.cue_start - f.end : f.start - m.cue_end);

/** The mention whose cue is nearest to `span`, among those `may` allows. */
export function nearest(mentions: EventMentionRow[], span: {start: number; end: number}, may: (m: EventMentionRow) => boolean = () => true): EventMentionRow | undefined {
  let best: EventMentionRow | undefined;
  for (const m of mentions) if (may(m) && (!best || gap(m, span) < gap(best, span))) best = m;
  return best;
}

/** Commas and colons: one opens the clause a cue reports ("kündigte an, …", "erklärte: …"). */
const CLAUSE_MARKS = /[,:]/g;
/** A reporting cue that opens its clause right after a comma: "…, teilte ein Sprecher mit" reports what came before. */
const REPORTED_BEFORE = /[,:]\s*$/;

/**
 * True when a date stands in the clause a reporting cue reports, not in the cue's own clause: after a colon or an odd
 * number of commas that follow the cue ("kündigte an, im kommenden Jahr …"; two commas set off an insertion:
 * "kündigte, wie erwartet, am Montag … an"), or before a comma right before the cue ("Die Stadt öffnet am Donnerstag
 * …, teilte ein Sprecher mit"). Such a date is what was said, not when it was said.
 */
function inReportedClause(text: string, m: EventMentionRow, d: {start: number; end: number}): boolean {
  if (d.start < m.cue_end) return REPORTED_BEFORE.test(text.slice(d.end, m.cue_start));
  const marks: string[] = text.slice(m.cue_end, d.start).match(CLAUSE_MARKS) ?? [];
  return marks.includes(":") || marks.length % 2 === 1;
}

/** How far a date may stand from a second cue it also dates ("im Februar 2022, als er die Invasion befahl"). */
const SHARED_DATE_GAP = 60;
/** A subordinate clause between a date and a cue: the date does not carry over ("…, dass ein Treffen …"). */
const CLAUSE_BREAK = /,\s*(?:dass|ob|weil|wenn|damit|um|nachdem|bevor|sobald)(?!\p{L})/u;

/**
 * Whether date `d` names the day a thing is planned for, not a day it happened (the words before it in `text`):
 * "für Donnerstag erwartet", "ist für den 5. März geplant", "für kommenden Samstag angesetzt".
 */
const scheduled = (text: string, d: {start: number; end: number}) =>
  FOR_BEFORE.test(text.slice(Math.max(0, d.start - 30), d.start)) && !PAST_DAY.test(text.slice(d.start, d.end));
/** A date that names a past day: "für die gestrige Freilassung" thanks for what happened. */
const PAST_DAY = /^(?:gestrig|vorgestrig|heutig|vorig|vergangen|letzt)/iu;

function setDate(m: EventMentionRow, d: DateRow): void {
  [m.date, m.date_start, m.date_end] = [d.value, d.start, d.end];
}

/**
 * Each date expression belongs first to the event whose cue is nearest to it,
 * so in "Im Gespräch am 12. Februar bestätigte er, dass ein Treffen geplant sei"
 * the date is the conversation's, not the meeting's. A cue left without a date
 * then shares a date close by in the same clause ("2013 …, als Obama zum
 * G20-Gipfel anreiste"), unless another cue stands between them. A reporting cue (a statement, an announcement)
 * takes no date from the clause it reports (`inReportedClause`). A date and a cue on two sides of a quotation's edge
 * stay apart: "„Heute beginnt …“, sagte sie bei der Unterzeichnung" (the quote's "heute" is when she spoke, not
 * the signing as the outlet dates it) and "Die Verhandlungen seien …, sagte sie am Montag" (Monday is when she said
 * it). A date a plan is made for ("für Donnerstag erwartet", a `planned` date of dates.csv) dates no event. Unresolved expressions are kept (value "") so the events step can anchor them later.
 */
export function attachDates(text: string, mentions: EventMentionRow[], dates: DateRow[], reporting: ReadonlySet<string>, side: QuoteSide = NO_QUOTES): void {
  // a day a plan is made for: "für Donnerstag erwartet", or after the publication day in the present ("Am Mittwoch treffen sich …")
  const planned = new Set(dates.filter((d) => d.planned || scheduled(text, d)));
  const mayDate = (m: EventMentionRow, d: DateRow) => !planned.has(d) &&
    side(m.cue_start) === side(d.start) && (!reporting.has(m.rule) || !inReportedClause(text, m, d));
  for (const d of dates) {
    const m = nearest(mentions, d, (o) => mayDate(o, d));
    if (!m || (m.date_start !== null && gap(m, {start: m.date_start, end: m.date_end!}) <= gap(m, d))) continue;
    setDate(m, d);
  }
  for (const m of mentions) {
    if (m.date_start !== null) continue;
    let best: DateRow | undefined;
    for (const d of dates) if (gap(m, d) <= SHARED_DATE_GAP && mayDate(m, d) && (!best || gap(m, d) < gap(m, best))) best = d;
    if (!best) continue;
    const [from, to] = [Math.min(best.end, m.cue_end), Math.max(best.start, m.cue_start)];
    const cueBetween = mentions.some((o) => o !== m && o.cue_start >= from && o.cue_end <= to);
    if (!cueBetween && !CLAUSE_BREAK.test(text.slice(from, to))) setDate(m, best);
  }
}

/** Id of the rule that dates an event told for "heute" by the publication day. */
export const TODAY_RULE = "de.event.date.today";
/** The plain deictic "heute" (dates.csv keeps it as PRESENT_REF, "nowadays" as often as "today"). */
const TODAY = /^heute$/iu;

/**
 * Rule `de.event.date.today`: an event mention dated by a plain "heute" ("Die Gespräche beginnen heute", "Heute
 * treffen sich die Parteichefs") happens on the publication day `published` (YYYY-MM-DD), which dates it; with an
 * event cue in its sentence "heute" is that day, not the present at large. Without a publication date it stays PRESENT_REF.
 */
export function dateToday(text: string, mentions: EventMentionRow[], published: string): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(published)) return;
  for (const m of mentions) {
    if (m.date === "PRESENT_REF" && m.date_start !== null && TODAY.test(text.slice(m.date_start, m.date_end!))) m.date = published;
  }
}
