/**
 * Dating an event mention by a day that stands outside its own clause, as plain data with ids (loaders/events/
 * contextDating.ts applies them): a "wie … mitteilte" clause that reports it, and the sentence before for a sentence
 * opened by an adverb of immediate sequence. Both apply only to factual cues left without a date by the rules of
 * attachDates.ts (a date of their own clause always wins).
 */

/**
 * Rule `de.event.date.report-clause`: an undated factual mention in a sentence whose "wie"-clause reports it with a
 * day ("Die Mitglieder stimmten dem Vertrag zu, wie die Partei am Mittwoch mitteilte", "Wie der Verband am Montag
 * bestätigte, haben die Fahrer die Arbeit niedergelegt") is dated by that day, the day it became known (as
 * `de.event.date.next-report` for "Das teilte … am Mittwoch mit." after it). The clause must open with "wie", close
 * with one of `verbs` and name who reports; the sentence around it must not be Konjunktiv reported speech.
 */
export const reportClause = {
  id: "de.event.date.report-clause",
  /** The word that opens the reporting clause (lower case; "Wie" opening the sentence too). */
  opener: "wie",
  /** Verbs of reporting that close the "wie"-clause (finite forms of the subordinate clause, and the perfect's participles). */
  verbs: [
    "mitteilte", "mitteilten", "bekanntgab", "bekanntgaben", "bestätigte", "bestätigten", "meldete", "meldeten", "berichtete", "berichteten",
    "erklärte", "erklärten", "verkündete", "verkündeten", "sagte", "sagten", "angab", "angaben", "mitgeteilt", "bekanntgegeben", "bestätigt",
    "gemeldet", "berichtet", "verkündet"
  ],
  /** Auxiliaries that may follow a closing participle ("wie die Stadt am Montag mitgeteilt hat", "wie am Montag bestätigt wurde"). */
  auxiliaries: ["hat", "haben", "hatte", "hatten", "worden", "ist", "wurde"],
  /**
   * Pronouns that can be the subject of the clause: a clause with neither one nor a capitalised word ("wie bereits am
   * Montag berichtet") is the outlet's own earlier report and dates nothing.
   */
  subjectPronouns: ["er", "sie", "es", "man", "wir", "ich"],
  /**
   * The rule does not apply when the rest of the sentence is reported speech in Konjunktiv I (`konjunktivI` in
   * konjunktiv.ts: "Der Streik habe großen Schaden angerichtet, wie X am Montag sagte"): an opinion, no dated act.
   */
  skipsReportedSpeech: true
} as const;

/**
 * Rule `de.event.date.previous-sentence`: an undated factual mention in a sentence opened by an adverb of immediate
 * sequence ("Unmittelbar danach wurde die Ministerin vereidigt", "Im Anschluss unterzeichneten beide den Vertrag")
 * happened on the day the last sentence with a date before it names (at most `reach` sentences back, the sentences
 * between holding no date: "Am Dienstag wählte der Landtag X. Er erhielt 41 Stimmen. Unmittelbar danach …"): one
 * day, not planned. A plain "danach", "anschließend" or "später" may be days later,
 * and "Dabei", "Zugleich" often contrast ("Dabei hatte er versprochen …"): they date nothing.
 */
export const previousSentenceDay = {
  id: "de.event.date.previous-sentence",
  /** How many sentences back the day may stand. */
  reach: 2,
  /** Openings of the sentence (lower case, words separated by single spaces). */
  openers: [
    "unmittelbar danach", "unmittelbar darauf", "unmittelbar im anschluss", "direkt danach", "direkt im anschluss", "gleich danach", "gleich darauf",
    "gleich im anschluss", "kurz danach", "kurz darauf", "im anschluss", "im anschluss daran"
  ],
  /**
   * Words that may not follow the opening: "Im Anschluss an die Abstimmung …" names its own point of reference, not
   * the day of the sentence before.
   */
  notFollowedBy: ["an"]
} as const;
