/**
 * The German pluperfect, as plain data and the one pattern built from it: a form of "hatte" or "war" and a past
 * participle closing the clause ("Die Gespräche hatten am Dienstag begonnen", "war am Sonntag in Kraft getreten").
 * "war" with an adjective or a participle that names a state is no pluperfect: "Die Stimmung war am Montag
 * angespannt", "Die Grenze war am Dienstag geschlossen" tell the state of that day (a preterite).
 * Read by the anchor rule `de.dates.anchor.background` (orientation.ts `backgroundAt`) and by the events' publication
 * week (loaders/events/detect.ts).
 */

/** The auxiliaries of the pluperfect, lower case: "hatte" takes any participle, "war" only one of `seinParticiple`. */
export const pluperfectAuxiliaries = {
  haben: ["hatte", "hatten", "hattest"],
  sein: ["war", "waren", "warst"]
} as const;

/**
 * Participles of weak verbs that form their perfect with "sein" (a move or a change of state: "war gescheitert", "war
 * abgereist", "war eskaliert"), matched as the end of a word, so separable prefixes count ("zurückgekehrt"). Weak
 * participles outside the list after "war" are states ("angespannt", "besorgt", "geplant").
 */
export const seinWeakParticiples: readonly string[] = [
  "gescheitert", "gelandet", "gestartet", "gereist", "verreist", "gestürzt", "eskaliert", "explodiert", "passiert", "kollabiert",
  "marschiert", "gewacht", "erwacht", "gefolgt", "begegnet", "geflüchtet", "gekehrt", "verunglückt", "entgleist", "gestrandet",
  "gekentert", "geplatzt", "getaucht", "gewandert", "gestolpert", "gerannt", "gesegelt", "geeilt", "gerückt", "gelangt", "geglückt",
  "gewechselt", "gekippt", "gesackt", "geklettert"
];

/**
 * Participles of strong verbs (ending in -en) that after "war" name a state, no pluperfect ("war geschlossen", "war
 * verboten", "war betroffen"), matched as the end of a word.
 */
export const stateStrongParticiples: readonly string[] = [
  "geschlossen", "verschlossen", "verboten", "betroffen", "gefangen", "gelegen", "verborgen", "befangen", "entschlossen",
  "gespalten", "zerstritten", "gebunden", "gewogen", "verbunden"
];

const HATTE = pluperfectAuxiliaries.haben.map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join("|");
const WAR = pluperfectAuxiliaries.sein.map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join("|");
/** Any past participle by shape ("begonnen", "verkündet", "informiert"). */
const PARTICIPLE = String.raw`\p{Ll}*ge\p{Ll}{2,}(?:t|en)|\p{Ll}{3,}iert|(?:be|ver|er|ent|zer|emp)\p{Ll}{2,}(?:t|en)`;
/** A participle of a strong verb by shape ("getreten", "verschwunden"), not one of a state. */
const STRONG = String.raw`(?!\p{Ll}*(?:${stateStrongParticiples.join("|")})(?!\p{L}))(?:\p{Ll}*ge\p{Ll}{2,}en|(?:be|ver|er|ent|zer|emp)\p{Ll}{2,}en)`;
const SEIN_WEAK = String.raw`\p{Ll}*(?:${seinWeakParticiples.join("|")})`;
/** What closes the clause: punctuation or the text's end. */
const CLOSE = String.raw`(?=\s*(?:[.,;:!?"“”»«–—]|$))`;
const GAP = String.raw`(?![\p{L}])[^.!?]{0,120}?(?<![\p{L}])`;

/**
 * A clause told in the pluperfect: "hatte" … a participle closing it, or "war" … a participle of a verb of change
 * (`seinWeakParticiples`, a strong participle that names no state) or a lower-case word and "worden" (the passive:
 * "war am Abend unterbrochen worden"; only a participle stands before "worden") closing it.
 */
export const PLUPERFECT = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:${HATTE})${GAP}(?:${PARTICIPLE})|(?:${WAR})${GAP}(?:\p{Ll}{3,}\s+worden|${SEIN_WEAK}|${STRONG}))${CLOSE}`,
  "u"
);
