/**
 * German cues of talks and labour disputes: negotiations and their rounds, strikes, offers made and recommendations
 * (plain data, in the shape of loaders/lang/de/events.ts, whose header says how cues match).
 */
import {prepositions} from "./closed-class.js";
import {ADVOCACY, type EventCue, PLANNED_START, nounLead} from "./events.js";

/** Participles that schedule what a noun cue names ("ist für Mittwoch angesetzt", "ist für den 18. März geplant"): a plan, not a report. */
export const SCHEDULED: readonly string[] = ["angesetzt", "geplant", "vorgesehen", "terminiert", "anberaumt", "angekündigt"];

/**
 * Verbs that announce, threaten or call for what their object names ("kündigte Warnstreiks an", "hat Streiks angedroht",
 * "rief zum Streik auf"): a noun cue they govern is announced, not reported (phrases as in `CueContext.predicate`).
 * Not a bare "droht"/"drohen": its subject is often the cue itself ("Die Verhandlungen drohen zu scheitern": the talks
 * are real), and "droht mit Streik" is already no event for a factual cue (`nonFactualWords` holds "droht").
 */
export const ANNOUNCING: readonly string[] = [
  "kündigt an", "kündigte an", "kündigten an", "kündigen an", "angekündigt", "anzukündigen", "ankündigen",
  "ruft auf", "rief auf", "riefen auf", "rufen auf", "aufgerufen", "aufzurufen", "angedroht", "androhen"
];

/** Verbs of presenting an offer or a recommendation, in past and present ("legten … vor", "haben … vorgelegt"). */
const PRESENTED: readonly string[] = ["legte vor", "legten vor", "legt vor", "legen vor", "vorgelegt"];

/**
 * Heads of compounds of talks that name the talks themselves or a part of them ("Verhandlungsrunde", "Verhandlungstage",
 * "Verhandlungsmarathon"); other heads name people, positions or qualities ("Verhandlungsführer", "Verhandlungskreise",
 * "Verhandlungsposition"), no event.
 */
const TALKS_HEADS = "runde|runden|tag|tage|tagen|tages|marathon|nacht|woche|wochen|auftakt|tisch|tisches";
/** Ordinals and words of sequence right before "Runde" that make it a round of talks ("die zweite Runde", "in der vierten und letzten Runde"); "über die Runden kommen" has none. */
const ROUND_LEADS = [
  "erste", "ersten", "zweite", "zweiten", "dritte", "dritten", "vierte", "vierten", "fünfte", "fünften", "sechste", "sechsten",
  "siebte", "siebten", "achte", "achten", "neunte", "neunten", "zehnte", "zehnten", "nächste", "nächsten", "letzte", "letzten", "neue", "neuen", "entscheidende", "entscheidenden"
];
/** Words of an article about talks (lower case, whole): a "Runde" in it is a round of talks. */
const TALKS_ARTICLE = "\\p{L}*(?:verhandlung|verhandlungen|gespräche|tarifstreit|tarifkonflikt|tarifverhandlungen|schlichtung|verhandlungsrunde|verhandlungsrunden|tarifrunde)";

export const negotiationCue: EventCue = {
  id: "de.event.negotiation", type: "negotiation",
  pattern: `~verhandlung(?:en)?|verhandel(?:n|t|te|ten)|~verhandlungs(?:${TALKS_HEADS})|~gespräche|~schlichtung|runde(?:n)?|neustart(?:s)?|wiederaufnahme`,
  // "Nach langen Verhandlungen einigten sich …": the talks lead up to the agreement the sentence dates
  context: [
    {pattern: "\\p{L}*verhandlungen|\\p{L}*gespräche(?:n)?", notAfter: ["nach"]},
    // "Die Verhandlungen sollen am Montag beginnen" plans them; so does "ist für Mittwoch angesetzt"
    {pattern: "\\p{L}*verhandlung(?:en)?|\\p{L}*verhandlungs\\p{L}*|\\p{L}*gespräche(?:n)?|\\p{L}*schlichtung|runde(?:n)?", plannedLater: PLANNED_START, notLater: SCHEDULED, notPredicate: ANNOUNCING},
    // "die zweite Runde" in an article about talks; "über die Runden kommen", "drei Runden" (a count) are none
    {pattern: "runde(?:n)?", before: ROUND_LEADS, inArticle: TALKS_ARTICLE},
    // "werden ab Montag wieder verhandeln": planned (rule de.event.plan.governed-cue)
    {pattern: "verhandeln", plannedSelf: true},
    // "Neustart in Doha", "die Wiederaufnahme am Dienstag": talks resumed, in an article about talks (not a computer's restart)
    {pattern: "neustart(?:s)?|wiederaufnahme", inArticle: TALKS_ARTICLE, plannedLater: PLANNED_START, notLater: SCHEDULED, notPredicate: ANNOUNCING}
  ]
};

/** Heads of compounds whose first part is a strike and that name the strike itself ("Warnstreiktag", "Streikwelle"); "Streikrecht", "Streikkasse" are none. */
const STRIKE_HEADS = "tag|tage|tages|tagen|welle|wellen|woche|wochen|aktion|aktionen";
/** Separable and participle forms of laying down one's work ("legten die Arbeit nieder", "haben die Arbeit niedergelegt"): a strike. */
const WALKOUT = ["legte nieder", "legten nieder", "legt nieder", "legen nieder", "niedergelegt"];

export const strikeCue: EventCue = {
  id: "de.event.strike", type: "strike", factual: true,
  pattern: `~streik(?:s|es)?|~streik(?:${STRIKE_HEADS})|streikt(?:e|en)?|gestreikt|~ausstand(?:s|es)?|arbeit`,
  context: [
    // the bare noun only with an article or preposition before: "Streik" alone may head a slogan or a name
    {pattern: "streik(?:s|es)?", before: nounLead},
    // "kündigte Warnstreiks für Montag an", "drohte mit Streik": announced, not reported
    {pattern: "[\\p{L}\\d-]*streik\\p{L}*|[\\p{L}\\d-]*ausstand(?:s|es)?", notPredicate: ANNOUNCING, notLater: SCHEDULED},
    // "legten die Arbeit nieder": "Arbeit" is a strike only with the verb of laying it down
    {pattern: "arbeit", predicate: WALKOUT}
  ]
};

/**
 * An offer made in talks: "legten ein erstes Angebot vor", "haben ihr Angebot vorgelegt", "unterbreiteten ein Angebot".
 * The noun is the cue, a verb of making it must stand in its clause; "werde ein Angebot vorlegen" (an infinitive) is none.
 */
export const offerCue: EventCue = {
  id: "de.event.offer", type: "offer", factual: true,
  pattern: "~angebot(?:e|s|es|en)?",
  context: [{pattern: "[\\p{L}\\d-]*angebot(?:e|s|es|en)?", predicate: [...PRESENTED, "unterbreitet", "unterbreitete", "unterbreiteten", "gemacht", "machte", "machten"]}]
};

/**
 * An arbitrators' or a commission's recommendation: "der Schlichterspruch vom Donnerstag", "legten die Schlichter ihre
 * Empfehlung vor", "haben ihre Empfehlung vorgelegt". "Empfehlung" counts only with a verb of presenting it.
 */
export const recommendationCue: EventCue = {
  id: "de.event.recommendation", type: "recommendation", factual: true,
  pattern: "~schlichterspruch(?:s|es)?|~schiedsspruch(?:s|es)?|~schlichtungsvorschlag(?:s|es)?|~empfehlung(?:en)?",
  // "sprachen sich gegen eine Wahlempfehlung aus": the vote against it is the event
  context: [{pattern: "[\\p{L}\\d-]*empfehlung(?:en)?", notPurpose: ADVOCACY, predicate: [...PRESENTED, "präsentiert", "präsentierte", "präsentierten", "veröffentlicht", "veröffentlichte", "veröffentlichten", "gab ab", "gaben ab", "abgegeben", "sprach aus", "sprachen aus", "ausgesprochen"]}]
};

/** Words of talks in a clause ("die Verhandlungen", "den Koalitionsgesprächen", "die Tarifrunde"), lower case. */
const TALKS = "\\p{L}*(?:verhandlung|verhandlungen|gespräche|gesprächen|sondierung|sondierungen|verhandlungsrunde|gesprächsrunde|tarifrunde|schlichtung)";
/** A bare round ("die Runde", "beide Runden"), lower case. */
const ROUND = "runde|runden";
/** `TALKS` or a bare `ROUND`, lower case. */
const TALKS_OR_ROUND = `${TALKS}|${ROUND}`;
/** Words of the table or room of talks that one leaves ("verließ den Verhandlungstisch"), lower case. */
const TALKS_ROOM = "verhandlungstisch|verhandlungstisches|verhandlungssaal|verhandlungsraum";
/** Talks interrupted ("Die Verhandlungen sind unterbrochen worden", "unterbrachen die Gespräche", "Unterbrechung der Verhandlungen"): suspended, a break-off. */
const INTERRUPTED = "unterbrochen|unterbrach(?:en)?|unterbricht|unterbrechen|unterbrechung";
/**
 * Prepositions before a word of talks that is not what is interrupted ("unterbrach seinen Urlaub für Gespräche",
 * "nach der Unterbrechung mit den Gesprächen").
 */
const INTERRUPTED_NOT_TALKS_LEADS = ["für", "mit", "zu", "zur", "zum", "vor", "nach", "bei", "beim", "wegen", "über", "um"];
/** Words of a short pause or of talks resumed: "für eine Mittagspause unterbrochen", "kurz unterbrochen und dann fortgesetzt". */
const PAUSE = "kurz|kurze[mnrs]?|kurzzeitig|\\p{L}*pause|\\p{L}*pausen|fortgesetzt|fortsetzen|fortgeführt|weitergeführt|wiederaufgenommen|weiterverhandelt";

/**
 * Talks broken off, suspended, interrupted or failed, and a side walking out: "brach die Gespräche ab", "Abbruch der Verhandlungen",
 * "verließ den Verhandlungstisch", "Auszug aus den Verhandlungen", "die Sondierungen wurden ausgesetzt", "sind gescheitert".
 * Every word but the compounds of talks and break-off needs a word of talks in its clause ("ein Auszug aus dem Buch",
 * "brach sich das Bein", "gescheitert" alone are no break-off); the mention replaces the sentence's negotiation.
 */
export const breakoffCue: EventCue = {
  id: "de.event.breakoff", type: "breakoff", factual: true, replaces: ["negotiation"],
  // past and present forms alike: a report or headline often tells it in the present ("Die Gewerkschaft bricht die Gespräche ab")
  pattern: "brach(?:en)?|bricht|brechen|abgebrochen|abbruch(?:s|es)?|verhandlungsabbruch(?:s|es)?|gesprächsabbruch(?:s|es)?|" +
    "verließ(?:en)?|verlässt|verlassen|auszug(?:s|es)?|ausgesetzt|setzte(?:n)?|setzt|setzen|aussetzung|geplatzt|platzt|platzte(?:n)?|gescheitert|scheitert|scheiterte(?:n)?|scheitern|" +
    INTERRUPTED,
  context: [
    {pattern: "brach(?:en)?|bricht|brechen", later: ["ab"], withWord: TALKS},
    {pattern: "setzte(?:n)?|setzt|setzen", later: ["aus"], withWord: TALKS},
    // "die vorige Runde war gescheitert": a bare "Runde" is a round of talks only in an article that names talks and only as
    // the subject or object of its clause, not led by a preposition ("ist in der zweiten Runde des Pokals gescheitert" is a
    // tournament); every other word of talks is one already
    {pattern: "abgebrochen|abbruch(?:s|es)?|auszug(?:s|es)?|ausgesetzt|aussetzung|geplatzt|platzt|platzte(?:n)?|gescheitert|scheitert|scheiterte(?:n)?|scheitern", withWord: TALKS_OR_ROUND, withWordUnled: prepositions, unledOnly: ROUND, inArticle: TALKS},
    // the talks must be what is interrupted (no "für Gespräche"); a short pause or talks resumed are no break-off
    {pattern: INTERRUPTED, withWord: TALKS, withWordUnled: INTERRUPTED_NOT_TALKS_LEADS, withoutWord: PAUSE},
    // "hat den Verhandlungstisch verlassen" walked out; "droht, den Verhandlungstisch zu verlassen" did not
    {pattern: "verließ(?:en)?|verlässt|verlassen", withWord: TALKS_ROOM},
    {pattern: "verlassen", notBefore: ["zu"]}
  ]
};
