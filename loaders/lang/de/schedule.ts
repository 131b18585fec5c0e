/**
 * Words that put an action on a calendar ("am Samstag", "bis Ende April", "am Wochenende", "bis zum Sommer",
 * "im ersten Quartal"): with one of them an intention ("Die Parteien wollen am Samstag beraten") is a
 * scheduled plan the writer reports, no stance of its subject. Plain data, lower case, derived from the
 * dates lexicon so a month or weekday added there counts here too.
 */
import {months, seasons, weekdays} from "./dates/lexicon.js";

/** Calendar nouns: months, weekdays, seasons and a few spans of the calendar. */
export const calendarWords: readonly string[] = [
  ...Object.keys(months),
  ...Object.keys(weekdays),
  ...Object.keys(seasons),
  "wochenende", "quartal", "jahresende", "monatsende", "jahresmitte", "jahreswechsel",
  // parts of a day after a lead word: "bis zum Abend", "am Nachmittag", "in der Nacht"
  "abend", "morgen", "vormittag", "mittag", "nachmittag", "nacht", "mitternacht", "tagesende",
  // "nächste Woche", "Ende des Monats": a week or month only with a lead word before it
  "woche", "monat", "monats"
];

/**
 * Words right before a calendar noun (up to two words back) that make it a point or span ahead or on the
 * calendar: prepositions ("am", "bis", "ab", "im"), "nächste"/"kommende"/"diese" ("nächste Woche"), "Ende"/"Anfang"/"Mitte", ordinals and numbers with a dot
 * ("am 12. März") are read by shape. Not "seit" (a time behind: "zum ersten Mal seit 20 Jahren").
 */
export const calendarLeads: readonly string[] = ["am", "an", "ab", "bis", "im", "in", "zum", "vom", "ende", "anfang", "mitte", "kommenden", "nächsten", "diesem", "diesen", "kommende", "nächste", "kommendes", "nächstes", "diese", "dieser", "ersten", "zweiten", "dritten", "vierten"];

/** Intention verbs whose plan a calendar time makes a schedule rather than a stance (cue lemmas). */
export const scheduledIntentionLemmas: readonly string[] = ["wollen"];
