/**
 * Which date of a sentence dates which event mention of it: the nearest cue first, then a cue left without a
 * date shares one close by in its clause; a reporting cue takes no date from the clause it reports.
 */
import {FOR_BEFORE} from "../lang/de/dates/patterns.js";
import {nightEnd} from "../lang/de/dates/night.js";
import {lowerBound} from "../text/lower-bound.js";
import {coordinatedDays, eventDateRules} from "../lang/de/event-dating.js";
import {attributePrepositions, dateClauseBreakers, forwardLead, limitPhrase, pastDayStarts, referencePhrase, todayWord} from "../lang/de/event-date-words.js";
import type {DateRow, EventMentionRow} from "../types.js";
import {ApartCounts, ownClause, verbOf} from "./mainClauses.js";

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
const CLAUSE_BREAK = new RegExp(`,\\s*(?:${dateClauseBreakers.join("|")})(?!\\p{L})`, "u");

/**
 * Whether date `d` names the day a thing is planned for, not a day it happened (the words before it in `text`):
 * "für Donnerstag erwartet", "ist für den 5. März geplant", "für kommenden Samstag angesetzt".
 */
const scheduled = (text: string, d: {start: number; end: number}) =>
  FOR_BEFORE.test(text.slice(Math.max(0, d.start - 30), d.start)) && !PAST_DAY.test(text.slice(d.start, d.end));
/** A date that names a past day: "für die gestrige Freilassung" thanks for what happened. */
const PAST_DAY = new RegExp(`^(?:${pastDayStarts.join("|")})`, "iu");

/**
 * A date inside a "bis" phrase names a limit or a term's end, not the day of an event: "bis Ende März", "bis zum Ende
 * der Laufzeit im März 2028". Right after "bis" stands a preposition or a word of a term's part (Ende, Anfang, Mitte), then
 * only function words and nouns; "bis sich die Parteien am Montag einigten" and "bis die Arbeitgeber am Montag ein
 * Angebot vorlegten" are clauses, their Monday dates the agreement or the offer.
 */
const LIMIT_PHRASE = new RegExp(`^[${limitPhrase.lead[0].toUpperCase()}${limitPhrase.lead[0]}]${limitPhrase.lead.slice(1)}(?:\\s+(?:${limitPhrase.openers.join("|")})(?:\\s+(?:${limitPhrase.followers.join("|")}|\\p{Lu}\\p{L}*))*)?\\s+$`, "u");
const BIS = new RegExp(`(?<!\\p{L})${limitPhrase.lead}(?!\\p{L})`, "giu");
function limit(text: string, d: {start: number}): boolean {
  const before = text.slice(Math.max(0, d.start - 60), d.start);
  let at = -1;
  for (const m of before.matchAll(BIS)) at = m.index;
  return at >= 0 && LIMIT_PHRASE.test(before.slice(at));
}

/**
 * "ab" before a date: the start of what a reporting cue announces ("kündigte Warnstreiks ab der kommenden Woche an"), not the
 * day it was said. Not "vom"/"von": "die Erklärung vom Montag" is dated by its own day.
 */
const FORWARD = new RegExp(`(?<!\\p{L})${forwardLead.lead}\\s+(?:(?:${forwardLead.articles.join("|")})\\s+)?$`, "iu");


/**
 * Dates that stand right after a noun cue as its attribute ("die Runde am Samstag", "dem Treffen vom 3. März"): they are
 * that noun's, before any other cue of the sentence takes the nearest date ("In der vierten Runde am Samstag einigten
 * sich beide Seiten in der Nacht zu Sonntag": Saturday is the round's, the night the agreement's).
 */
const ATTRIBUTE_GAP = new RegExp(`^\\s+(?:${attributePrepositions.join("|")})?\\s*$`, "u");
/**
 * A date that is the attribute of a noun in a reference phrase ("Nach Gesprächen am Montag einigten sich die Parteien in
 * der Nacht zu Mittwoch"): the point the sentence counts from, read from the 80 characters before the date.
 */
const REFERENCE_POINT = new RegExp(
  `(?<!\\p{L})(?:${referencePhrase.leads.join("|")})\\s+(?:(?:${referencePhrase.articles.join("|")})\\s+)?(?:\\p{Ll}+\\s+){0,2}\\p{Lu}[\\p{L}-]*\\s+(?:${attributePrepositions.join("|")})\\s+$`,
  "iu"
);
const referencePoint = (text: string, d: {start: number}) => REFERENCE_POINT.test(text.slice(Math.max(0, d.start - 80), d.start));

/** Longest text ATTRIBUTE_GAP accepts in practice (" seit "): only dates starting this close are tried. */
const ATTRIBUTE_REACH = 12;

/** The first date that follows `end` across no more than ATTRIBUTE_GAP; only dates within ATTRIBUTE_REACH are sliced, so a long sentence stays linear. */
function dateRightAfter(text: string, dates: readonly DateRow[], end: number): DateRow | undefined {
  return dates.find((e) => e.start >= end && e.start <= end + ATTRIBUTE_REACH && ATTRIBUTE_GAP.test(text.slice(end, e.start)));
}

/** Dates the mention by `d`: its value, or for a night named by the day it ends on ("in der Nacht zu Sonntag") that day, as reports date what happened in it. */
function setDate(m: EventMentionRow, d: DateRow, rule: string): void {
  [m.date, m.date_start, m.date_end, m.date_rule] = [nightEnd(d) ?? d.value, d.start, d.end, rule];
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
  const apart = new ApartCounts(text, mentions.length ? Math.min(...mentions.map((m) => m.start)) : 0, mentions.length ? Math.max(...mentions.map((m) => m.end)) : 0);
  const limits = new Set(dates.filter((d) => limit(text, d)));
  // a noun's own date ("bis zur Wahl 1980") dates it, even in a "bis" phrase
  const mayDate = (m: EventMentionRow, d: DateRow, attribute = false) => !planned.has(d) && (attribute || !limits.has(d)) &&
    side(m.cue_start) === side(d.start) && (!reporting.has(m.rule) || (!inReportedClause(text, m, d) && !FORWARD.test(text.slice(Math.max(0, d.start - 12), d.start)))) &&
    !ownClause(text, m, d, apart);
  const attributed = new Set<DateRow>();
  for (const m of mentions) {
    if (!/^\p{Lu}/u.test(m.cue)) continue;
    const d = dateRightAfter(text, dates, m.cue_end);
    if (d && mayDate(m, d, true)) {
      setDate(m, d, eventDateRules.attribute);
      attributed.add(d);
    }
  }
  // a reference point's date ("nach Gesprächen am Montag") dates a mention only when no other date of the sentence did
  const references = new Set(dates.length > 1 ? dates.filter((d) => referencePoint(text, d)) : []);
  for (const d of references.size ? [...dates.filter((e) => !references.has(e)), ...references] : dates) {
    if (attributed.has(d)) continue;
    const m = nearest(mentions, d, (o) => mayDate(o, d) && !(references.has(d) && o.date_start !== null));
    if (!m || (m.date_start !== null && gap(m, {start: m.date_start, end: m.date_end!}) <= gap(m, d))) continue;
    setDate(m, d, eventDateRules.nearest);
  }
  for (const m of mentions) {
    if (m.date_start !== null) continue;
    let best: DateRow | undefined;
    for (const d of dates) if (gap(m, d) <= SHARED_DATE_GAP && mayDate(m, d) && (!best || gap(m, d) < gap(m, best))) best = d;
    if (!best) continue;
    const [from, to] = [Math.min(best.end, m.cue_end), Math.max(best.start, m.cue_start)];
    const cueBetween = mentions.some((o) => o !== m && o.cue_start >= from && o.cue_end <= to);
    if (!cueBetween && !CLAUSE_BREAK.test(text.slice(from, to))) setDate(m, best, eventDateRules.shared);
  }
}

/** Id of the rule that dates an event told for "heute" by the publication day. */
export const TODAY_RULE = eventDateRules.today;
/** The plain deictic "heute" (dates.csv keeps it as PRESENT_REF, "nowadays" as often as "today"). */
const TODAY = new RegExp(`^${todayWord}$`, "iu");

/**
 * Rule `de.event.date.today`: an event mention dated by a plain "heute" ("Die Gespräche beginnen heute", "Heute
 * treffen sich die Parteichefs") happens on the publication day `published` (YYYY-MM-DD), which dates it; with an
 * event cue in its sentence "heute" is that day, not the present at large. Without a publication date it stays PRESENT_REF.
 */
export function dateToday(text: string, mentions: EventMentionRow[], published: string): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(published)) return;
  for (const m of mentions) {
    if (m.date === "PRESENT_REF" && m.date_start !== null && TODAY.test(text.slice(m.date_start, m.date_end!))) [m.date, m.date_rule] = [published, TODAY_RULE];
  }
}

const DAY_VALUE = /^\d{4}-\d{2}-\d{2}$/;
/** Days between two day values (YYYY-MM-DD), absolute. */
const daysApart = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
/** How far apart two coordinated dates may stand (" und am " and a little more). */
const COORDINATION_REACH = 16;

/**
 * Rule `de.event.date.coordinated-day` (lang/de/event-dating.ts `coordinatedDays`): a mention dated by a day that is
 * joined to other days by "und"/"sowie" ("streikten am 9. und am 11. März", "Am Montag und am Mittwoch legten …")
 * gets a mention for each other day, one happening each; for a type that spans days ("die Runde am 12. und 13. März")
 * a day next to one already taken is the same happening and gets none. Days dated by another mention of the
 * sentence, or planned, are left alone. Returns the new rows (ids: the mention's, "+" the day's offset).
 */
export function coordinatedDayMentions(text: string, mentions: readonly EventMentionRow[], dates: readonly DateRow[]): EventMentionRow[] {
  const out: EventMentionRow[] = [];
  const taken = new Set<number>(mentions.flatMap((m) => (m.date_start === null ? [] : [m.date_start])));
  const joined = (a: DateRow, b: DateRow) => b.start >= a.end && b.start - a.end <= COORDINATION_REACH && coordinatedDays.between.test(text.slice(a.end, b.start));
  // each date linked to the next one it is coordinated with, once per sentence (linear in its dates)
  const order = [...dates].sort((a, b) => a.start - b.start);
  const next = new Map<DateRow, DateRow>();
  const prev = new Map<DateRow, DateRow>();
  for (let k = 0; k + 1 < order.length; k++) if (joined(order[k], order[k + 1])) [next.set(order[k], order[k + 1]), prev.set(order[k + 1], order[k])];
  // a finite verb right after a day opens a clause of its own ("streikten am Montag und am Mittwoch fuhren die Busse")
  const verbAfter = (d: DateRow) => {
    const word = /^\s*(\p{Ll}+)/u.exec(text.slice(d.end, d.end + 40))?.[1];
    return word !== undefined && verbOf(word);
  };
  for (const m of mentions) {
    if (m.date_start === null || !DAY_VALUE.test(m.date)) continue;
    const own = order.find((d) => d.start === m.date_start);
    if (!own) continue;
    // the coordination around the mention's day, to the left and to the right; a later day followed by a finite verb
    // after the cue belongs to another clause
    const group: DateRow[] = [own];
    for (let d = prev.get(own); d; d = prev.get(d)) group.unshift(d);
    for (let d = next.get(own); d && !(m.cue_start < d.start && verbAfter(d)); d = next.get(d)) group.push(d);
    if (group.length < 2) continue;
    const days = [m.date];
    const spanning = (coordinatedDays.spanning as readonly string[]).includes(m.type);
    for (const d of group) {
      if (d === own || taken.has(d.start) || d.planned || !DAY_VALUE.test(d.value)) continue;
      if (spanning && days.some((day) => daysApart(day, d.value) <= 1)) continue;
      days.push(d.value);
      taken.add(d.start);
      out.push({...m, mention_id: `${m.mention_id}+${d.start}`, date: d.value, date_start: d.start, date_end: d.end, date_rule: coordinatedDays.id, event_id: ""});
    }
  }
  return out;
}
