/**
 * Rules on the mood and the date of event mentions, as plain data with ids (loaders/events/mood.ts,
 * detect.ts and attachDates.ts apply them).
 */

/**
 * Hearsay, not a plan: "sollen" with a perfect infinitive closing its clause reports what others say happened
 * ("Die Unterhändler sollen sich am Montag getroffen haben", "Der Vertrag soll am Freitag unterzeichnet worden sein").
 * The modal then makes the clause neither planned nor supposed; "sollte … getroffen haben" (what should have been) and
 * "soll … treffen" (a plan) stay as they were.
 * Its id names the rule for the docs only: the rule removes or keeps rows and no row records it (not in a `rule` or note column).
 */
export const hearsayPerfect = {
  id: "de.event.mood.hearsay-perfect",
  /** Present forms of "sollen" (and its Konjunktiv I) that report hearsay before a perfect infinitive. */
  modals: ["soll", "sollen", "solle"],
  /** The auxiliary that closes a perfect infinitive, after a participle ("getroffen haben"). */
  auxiliaries: ["haben"],
  /**
   * Participles before "sein" that make a perfect infinitive ("unterzeichnet worden sein", "im Amt gewesen sein"); "soll …
   * geprägt sein" is a state wished for, and "sein" after another participle is left alone.
   */
  beforeSein: ["worden", "gewesen"]
} as const;

/**
 * The year in progress dates no event: a date whose value is a year alone and that year is the publication's
 * ("heuer", "in diesem Jahr", "die Tarifrunde 2026" in a 2026 report) tells no more than the report's own date, so
 * it neither dates an event nor starts a year-long event of its own ("Heuer wird härter verhandelt" names a trend).
 * Other years still date an event, with the granularity year ("bei der Wahl 2013"); without a publication date
 * every year does. Not read by code (detect.ts `withoutCurrentYear` applies it):
 * Its id names the rule for the docs only: the rule removes or keeps rows and no row records it (not in a `rule` or note column).
 */
export const currentYear = {id: "de.event.date.current-year"} as const;

/**
 * The rules that date an event mention, by id (event_mentions.csv `date_rule`): the date right after a noun cue
 * ("die Runde am Samstag"), the date nearest to the cue, a date close by in the clause of a cue left without one, the
 * first day of the next sentence that reports it ("Das gaben die Vermittler am Mittwoch bekannt"), the publication day
 * for a plain "heute", and the second of two coordinated days (`coordinatedDays`).
 */
export const eventDateRules = {
  attribute: "de.event.date.attribute",
  nearest: "de.event.date.nearest",
  shared: "de.event.date.shared-in-clause",
  report: "de.event.date.next-report",
  today: "de.event.date.today",
  coordinated: "de.event.date.coordinated-day"
} as const;

/**
 * Two days joined by "und" or "sowie" that date one cue ("streikten am 9. und am 11. März", "am Montag und am
 * Mittwoch"): each day is a happening of its own, a mention each. Consecutive days of a type that spans days (a round
 * of talks "am 12. und 13. März", a two-day summit or visit) stay one happening, dated by its first day.
 */
export const coordinatedDays = {
  id: eventDateRules.coordinated,
  /** What may stand between the two days: a conjunction, and maybe a preposition or article. */
  between: /^\s*(?:und|sowie)\s+(?:(?:am|an|dem|den|vom)\s+)?$/u,
  /** Types whose happening may last over consecutive days. */
  spanning: ["negotiation", "summit", "visit", "meeting", "exchange"]
} as const;

/**
 * An act that is news when it happens (an appointment, a resignation, a swearing-in), told in the past with no date
 * anywhere near it ("Als Schlichter wurden … berufen", "Die Ministerin ist zurückgetreten"), happened shortly before
 * the report: it is dated by the publication's ISO week (granularity week, never a day), so it enters the chronology
 * and joins the one event of its type that another outlet dates by a day of that week.
 */
export const undatedActs = {
  id: "de.event.date.publication-week",
  types: ["appointment", "resignation", "swearing-in"],
  /** Vague references to a past no date row holds ("vor Jahren", "vor langer Zeit", "damals"): the act is not this week's news. */
  pastReferences: /(?<!\p{L})(?:vor\s+(?:\p{Ll}+\s+)?(?:Jahren|Jahrzehnten|Monaten|Wochen|Zeit)|damals|einst|seinerzeit)(?!\p{L})/u
} as const;
