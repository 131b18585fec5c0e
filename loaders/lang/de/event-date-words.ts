/**
 * German words that decide which date dates an event mention and whether an undated act is this week's news
 * (loaders/events/attachDates.ts and detect.ts compile them). Plain data, as written (case noted per list).
 */

/**
 * Auxiliaries of the perfect or the passive before a closing participle ("ist zurückgetreten", "wurden … berufen"); those of
 * the pluperfect are in dates/pluperfect.ts.
 */
export const perfectAuxiliaries: readonly string[] = ["ist", "sind", "hat", "haben", "wurde", "wurden", "worden"];

/**
 * A sentence that reports the one before it opens with one of `subjects` and one of `verbs` (as written): "Das gaben
 * die Vermittler am Mittwochabend bekannt", "Dies teilte das Ministerium am Montag mit".
 */
export const reportsPrevious = {
  subjects: ["Das", "Dies"],
  verbs: ["gab", "gaben", "teilte", "teilten", "verkündete", "verkündeten", "bestätigte", "bestätigten", "meldete", "meldeten", "erklärte", "erklärten"]
} as const;

/** The preposition before a count of days back ("vor drei Tagen"), lower case. */
export const daysBackLead = "vor";

/** Conjunctions that open a subordinate clause after a comma, between a date and a cue: the date does not carry over ("…, dass ein Treffen …"). */
export const dateClauseBreakers: readonly string[] = ["dass", "ob", "weil", "wenn", "damit", "um", "nachdem", "bevor", "sobald"];

/** Starts of adjectives that name a past day ("für die gestrige Freilassung" thanks for what happened), any case. */
export const pastDayStarts: readonly string[] = ["gestrig", "vorgestrig", "heutig", "vorig", "vergangen", "letzt"];

/**
 * A "bis" phrase that names a limit or a term's end ("bis Ende März", "bis zum Ende der Laufzeit im März 2028"):
 * `lead`, then maybe one of `openers` (a preposition or a word of a term's part) and after it only `followers`
 * (prepositions and articles) and capitalised words (nouns). Case as written; the lead also capitalised.
 */
export const limitPhrase = {
  lead: "bis",
  openers: ["zum", "zur", "zu", "in", "im", "am", "an", "ans", "spätestens", "längstens", "einschließlich", "Ende", "Anfang", "Mitte"],
  followers: ["zum", "zur", "zu", "in", "im", "am", "an", "ans", "den", "dem", "der", "des", "die", "das"]
} as const;

/**
 * "ab" before a date, maybe with an article: the start of what a reporting cue announces ("kündigte Warnstreiks ab der
 * kommenden Woche an"), any case. Not "vom"/"von": "die Erklärung vom Montag" is dated by its own day.
 */
export const forwardLead = {lead: "ab", articles: ["der", "dem", "den", "die"]} as const;

/** Prepositions between a noun cue and the date that is its attribute ("die Runde am Samstag", "dem Treffen vom 3. März"), lower case. */
export const attributePrepositions: readonly string[] = ["am", "vom", "von", "im", "seit", "zum"];

/** The plain deictic "today" that dates an event by the publication day, any case. */
export const todayWord = "heute";

/**
 * A noun phrase of a reference point before a date that is its attribute: "Nach Gesprächen am Montag", "vor der Wahl am
 * Sonntag", "seit dem Treffen vom 3. März". Such a date names the point the sentence counts from; another date of the
 * sentence dates its event first. `leads` (any case), then maybe one of `articles`, at most two lower-case words, the
 * noun and one of `attributePrepositions`.
 */
export const referencePhrase = {
  leads: ["nach", "vor", "seit"],
  articles: ["der", "die", "das", "dem", "den", "des", "einer", "einem", "einen", "eines"]
} as const;
