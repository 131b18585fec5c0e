/**
 * Rules on the mood and the date of event mentions, as plain data with ids (loaders/events/mood.ts,
 * detect.ts and attachDates.ts apply them).
 */

/**
 * Hearsay, not a plan: "sollen" with a perfect infinitive closing its clause reports what others say happened
 * ("Die Unterhändler sollen sich am Montag getroffen haben", "Der Vertrag soll am Freitag unterzeichnet worden sein").
 * The modal then makes the clause neither planned nor supposed; "sollte … getroffen haben" (what should have been) and
 * "soll … treffen" (a plan) stay as they were.
 */
export const hearsayPerfect = {
  id: "de.event.mood.hearsay-perfect",
  /** Present forms of "sollen" (and its Konjunktiv I) that report hearsay before a perfect infinitive. */
  modals: ["soll", "sollen", "solle"],
  /** The auxiliary that closes a perfect infinitive, after a participle. */
  auxiliaries: ["haben", "sein"]
} as const;

/**
 * The year in progress dates no event: a date whose value is a year alone and that year is the publication's
 * ("heuer", "in diesem Jahr", "die Tarifrunde 2026" in a 2026 report) tells no more than the report's own date, so
 * it neither dates an event nor starts a year-long event of its own ("Heuer wird härter verhandelt" names a trend).
 * Other years still date an event, with the granularity year ("bei der Wahl 2013"); without a publication date
 * every year does.
 */
export const currentYear = {id: "de.event.date.current-year"} as const;
