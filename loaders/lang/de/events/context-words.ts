/**
 * Words the event cues' context rules and the events code read around a cue: purpose phrases, nouns' leads, durations
 * before a noun, offsets from a reference point, a source named for a report, noun subjects and nouns of people.
 * Plain data, lower case.
 */

/** Prepositions that open a purpose phrase ("für die Freilassung", "gegen das Abkommen"). */
export const purposeLeads: readonly string[] = ["für", "gegen"];
/** Verbs of advocacy, protest or voting that take a purpose phrase, lower case ("demonstrierten", "einzusetzen", "warb", "stimmte"). */
export const ADVOCACY = "demonstr\\p{L}*|protestier\\p{L}*|\\p{L}*einzusetzen|einsetzen|eingesetzt|setzt|setzte|setzten|wirbt|werben|warb|warben|geworben|" +
  "kämpf\\p{L}*|gekämpft|plädier\\p{L}*|appellier\\p{L}*|mobilisier\\p{L}*|stimmt|stimmte|stimmten|stimmen|gestimmt|eintreten|eingetreten|trat|traten|tritt|" +
  "aussprechen|ausgesprochen|sprach|sprachen|spricht|demonstration\\p{L}*|kundgebung\\p{L}*|protest|proteste|protesten";

/** Articles and article-holding prepositions before a noun ("ein Brand", "beim Brand"). */
export const nounLead = ["der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "eines", "einer", "beim", "vom", "im", "zum", "nach", "seit", "dieser", "diesen", "diesem", "dieses"];

/** Plural units of a duration that a "nach" phrase may hold before its noun ("nach drei Wochen zäher Verhandlungen"). */
export const durationUnits: readonly string[] = ["stunden", "tagen", "wochen", "monaten", "jahren"];

/**
 * A noun cue that an offset points from is a reference point, no event of its own (rule `de.event.reference.offset`): "Einen
 * Tag nach dem Inkrafttreten der Waffenruhe wurden am Montag …", "Fünf Tage nach dem Abbruch der Gespräche verhandeln sie
 * wieder", "kurz vor der Wahl": the sentence's date is that of its main event, the referenced one lies before or after it.
 * A unit of a duration (`units`, singular or plural) or an adverb of nearness (`adverbs`), then a lead (`leads`), an article
 * (`articles`) and at most a few lower-case adjectives before the noun.
 * Its id names the rule for the docs only: the rule removes or keeps rows and no row records it (not in a `rule` or note column).
 */
export const offsetReference = {
  id: "de.event.reference.offset",
  units: ["minute", "minuten", "stunde", "stunden", "tag", "tage", "tagen", "woche", "wochen", "monat", "monate", "monaten", "jahr", "jahre", "jahren"],
  adverbs: ["kurz", "unmittelbar", "wenige", "knapp"],
  leads: ["nach", "vor"],
  articles: ["dem", "der", "den"]
} as const;

/**
 * A person named as the source of what a sentence reports is no actor of its event (rule `de.event.actor.source-phrase`):
 * "Laut Lena Haupt warten noch 40 Menschen auf ihre Freilassung", "nach Angaben der Sprecherin Lena Haupt", "Lena Haupt
 * zufolge". The id is not recorded in a row (it removes an actor). `leads` stand before the name (a few words of a role may come between, no punctuation), `after` after it.
 */
export const actorSourcePhrase = {
  id: "de.event.actor.source-phrase",
  leads: ["laut", "nach angaben", "nach einschätzung", "nach darstellung", "nach auskunft", "nach aussage", "nach aussagen", "nach worten"],
  after: ["zufolge"],
  /** Lower-case adjectives that may stand between a lead and the name, after `gapWords` and before a role noun ("laut der neuen Sprecherin"). */
  gap: 2,
  /** Articles and "von" that may open the words between a lead and the name ("nach Angaben von Außenamtssprecher"); any other word, a verb or a noun that is no role, ends the phrase. */
  gapWords: ["der", "die", "des", "dem", "den", "von", "vom", "des", "eines", "einer", "seines", "seiner", "ihres", "ihrer"]
} as const;

/** Words that make a duration approximate, before its number ("nach rund drei Wochen", "nach knapp 20 Stunden"); "mehr als" and "weniger als" are read as pairs. */
export const durationApproximators: readonly string[] = ["rund", "etwa", "circa", "ca", "knapp", "fast", "beinahe", "nahezu", "gut", "über", "insgesamt"];

/** Words that open a noun phrase as its article: a phrase with one names particular talks, not a phase ("nach den Verhandlungen am Montag"). */
export const articleWords: readonly string[] = ["der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "eines", "einer", "diese", "dieser", "diesen", "diesem", "dieses", "ihren", "seinen", "beiden"];

/** Words that open a noun subject ("der", "ein", "diese"), and conjunctions that may stand before them at the clause's start. */
export const subjectArticles: readonly string[] = ["der", "die", "das", "ein", "eine", "dieser", "diese", "dieses", "jeder", "jede", "jedes", "kein", "keine", "beide", "alle"];
export const subjectConjunctions: readonly string[] = ["und", "aber", "doch", "denn", "dass", "weil", "da", "als", "nachdem", "obwohl", "wenn", "ob", "wie"];

/**
 * Heads of nouns of people that the role lexicons (loaders/lang/de/person-roles.ts) lack: groups and bodies that meet,
 * and nominalised participles of people ("die Beschäftigten", "die Streikenden"). Lower case, without endings.
 */
export const peopleNounHeads: readonly string[] = `
delegation regierung kabinett gruppe fraktion koalition partei gewerkschaft verband ausschuss kommission komitee rat
seite spitze führung team mannschaft leute belegschaft tarifpartei sozialpartner verhandlungspartner
beschäftigt angestellt bedienstet abgeordnet delegiert streikend demonstrant protestierend studierend reisend
`.split(/\s+/).filter(Boolean);
