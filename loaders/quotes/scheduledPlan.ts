/**
 * de.quote.not-speech.scheduled-plan: "Die Tarifparteien wollen am Samstag in Potsdam beraten", "Der Verband will
 * seine Mitglieder bis Ende April abstimmen lassen": an intention verb whose clause puts the plan on the calendar
 * reports a schedule, no speech act or stance of its subject; the verb is no cue. An intention without a date
 * ("Die Partei will die Steuer senken") stays a cue (the Wikinews corpus annotates it as Reported).
 */
import {calendarLeads, calendarWords, scheduledIntentionLemmas} from "../lang/de/schedule.js";
import {clauseEnd, clauseStart} from "./context.js";
import type {CueForm} from "./lexicon.js";
import type {Token} from "./tokens.js";

const CALENDAR = new Set(calendarWords);
const LEADS = new Set(calendarLeads);
const INTENTIONS = new Set(scheduledIntentionLemmas);

/** Whether a calendar noun at j is a point or span of time: a lead word or a day number with a dot up to two words before it. */
function onCalendar(tokens: Token[], j: number): boolean {
  for (let k = j - 1; k >= 0 && k >= j - 3; k--) {
    const w = tokens[k].lower;
    if (LEADS.has(w) || /^\d{1,2}$/.test(w)) return true;
    if (w !== "." && w !== "und" && !/^\p{Ll}+e[nmrs]?$/u.test(tokens[k].text)) return false;
  }
  return false;
}

/** Whether tokens [from, to) hold a calendar time outside quotations ("am Samstag", "bis Ende April", "am 12. März"). */
export function calendarTimeIn(tokens: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    if (tokens[j].quote < 0 && CALENDAR.has(tokens[j].lower) && onCalendar(tokens, j)) return true;
  }
  return false;
}

/** Whether the cue form at i is an intention verb whose clause holds a calendar time (outside quotations). */
export function scheduledPlan(tokens: Token[], i: number, form: CueForm): boolean {
  return INTENTIONS.has(form.lemma) && calendarTimeIn(tokens, clauseStart(tokens, i), clauseEnd(tokens, i));
}
