/**
 * Dates for event mentions that their own clause leaves undated, from a "wie … mitteilte" clause of their sentence
 * or from the sentence before (rules in lang/de/event-context-dating.ts).
 */
import {previousSentenceDay, reportClause} from "../lang/de/event-context-dating.js";
import {nightEnd} from "../lang/de/dates/night.js";
import {konjunktivI} from "../lang/de/konjunktiv.js";
import type {DateRow, EventMentionRow} from "../types.js";

const DAY = /^\d{4}-\d{2}-\d{2}/;
const REPORT_VERB = new RegExp(`(?<!\\p{L})(?:${reportClause.verbs.join("|")})(?:\\s+(?:${reportClause.auxiliaries.join("|")}))?\\s*$`, "u");
const OPENER = new RegExp(`^[\\s„"»]*${reportClause.opener}(?!\\p{L})`, "iu");
/** A word of reported speech (Konjunktiv I: "sei", "habe", "seien"). */
const REPORTED = new RegExp(`(?<!\\p{L})(?:${konjunktivI.join("|")})(?!\\p{L})`, "iu");
/** A word that can name who reports: capitalised, or a subject pronoun. */
const REPORTER = new RegExp(`(?<![\\p{L}\\p{N}])(?:\\p{Lu}|(?:${reportClause.subjectPronouns.join("|")})(?!\\p{L}))`, "u");
/** A clause bound: commas, semicolons, colons, dashes. */
const BOUND = /[,;:–—]/;

/** Characters read on either side of a date for its clause at most (a sentence of many dates stays linear). */
const REACH = 200;

/** The clause of `text` around [start, end), bounded by `BOUND`, [from, to) and `REACH`. */
function clauseAt(text: string, start: number, end: number, from: number, to: number): [number, number] {
  let a = start;
  while (a > from && a > start - REACH && !BOUND.test(text[a - 1])) a--;
  let b = end;
  while (b < to && b < end + REACH && !BOUND.test(text[b]) && !(text[b] === "." && b + 1 >= to)) b++;
  return [a, b];
}

/**
 * Rule `de.event.date.report-clause` (`reportClause`): each undated mention of a cue in `factual` takes the day of a
 * "wie"-clause of its sentence [from, to) that closes with a verb of reporting ("…, wie die Partei am Mittwoch
 * mitteilte"), when that clause holds neither the cue nor a planned day.
 */
export function dateByReportClause(text: string, from: number, to: number, mentions: EventMentionRow[], dates: readonly DateRow[], factual: ReadonlySet<string>): void {
  if (!mentions.some((m) => m.date_start === null && factual.has(m.rule))) return;
  const day = dates.find((d) => {
    if (!DAY.test(d.value) || d.planned) return false;
    const [a, b] = clauseAt(text, d.start, d.end, from, to);
    const opener = OPENER.exec(text.slice(a, d.start));
    if (!opener || !REPORT_VERB.test(text.slice(d.end, b).replace(/[.!?"“”»«]+\s*$/u, ""))) return false;
    // "wie bereits am Montag berichtet": no one named who reports, the outlet's own earlier report
    return REPORTER.test(text.slice(a + opener[0].length, d.start)) || REPORTER.test(text.slice(d.end, b));
  });
  if (!day) return;
  const [a, b] = clauseAt(text, day.start, day.end, from, to);
  // "Der Streik habe großen Schaden angerichtet, wie X am Montag sagte": reported speech, an opinion, no dated act
  if (reportClause.skipsReportedSpeech && (REPORTED.test(text.slice(from, a)) || REPORTED.test(text.slice(b, to)))) return;
  for (const m of mentions) {
    if (m.date_start !== null || !factual.has(m.rule) || (m.cue_start >= a && m.cue_end <= b)) continue;
    [m.date, m.date_start, m.date_end, m.date_rule] = [day.value, day.start, day.end, reportClause.id];
  }
}

const OPENS = new RegExp(`^[\\s„"»]*(?:${previousSentenceDay.openers.map((o) => o.replace(/ /g, "\\s+")).join("|")})(?!\\p{L})(?!\\s+(?:${previousSentenceDay.notFollowedBy.join("|")})(?!\\p{L}))`, "iu");

/**
 * Rule `de.event.date.previous-sentence` (`previousSentenceDay`): when the sentence [from, to) opens with an adverb
 * of immediate sequence ("Unmittelbar danach …") and the sentence before holds exactly one day (`previous`, not
 * planned), each undated mention of a cue in `factual` is dated by that day.
 */
export function dateByPreviousSentence(text: string, from: number, to: number, mentions: EventMentionRow[], previous: readonly DateRow[], factual: ReadonlySet<string>): void {
  if (!mentions.some((m) => m.date_start === null && factual.has(m.rule)) || !OPENS.test(text.slice(from, Math.min(to, from + 40)))) return;
  const days = previous.filter((d) => DAY.test(d.value) && !d.planned);
  const dayOf = (d: DateRow) => nightEnd(d) ?? d.value.slice(0, 10);
  if (!days.length || new Set(days.map(dayOf)).size !== 1) return;
  const day = days[0];
  for (const m of mentions) {
    if (m.date_start !== null || !factual.has(m.rule)) continue;
    [m.date, m.date_start, m.date_end, m.date_rule] = [dayOf(day), day.start, day.end, previousSentenceDay.id];
  }
}
