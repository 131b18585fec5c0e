/**
 * Cheap German cues used around the date rules: which sentences can hold a
 * date at all (the pre-filter that keeps the pipeline fast) and whether a
 * sentence is told in the past.
 */
import {durationUnits, months, referenceWords, seasons, weekdays} from "./lexicon.js";

const stems = [
  ...Object.keys(months).filter((m) => m.length > 3), ...Object.keys(weekdays), ...Object.keys(seasons), ...Object.keys(referenceWords),
  "jahr", "monat", "woche", "tag", "stund", "minut", "sekund", "heute", "heutig", "gestern", "gestrig", "morgen", "morgig",
  "heuer", "halb", "gestrig", "morgig", "zukunft", "ostern", "pfingsten", "weihnacht", "silvester", "neujahr", "heiligabend", "fronleichnam", "allerheiligen", "himmelfahrt", "abend", "nacht", "mittag", "dieser zeit", "letzter zeit", "tägl", "wöchentl", "monatl", "jährl", "stündl", "jänner", "uhr",
  // stems of rules whose own cue is a regex (durations)
  ...Object.keys(durationUnits), "jährig", "wöchig", "monatig", "tägig"
];

/** Lower-case stems of date words: a sentence without a digit and without any of them holds no temporal expression. */
export const dateCue: readonly string[] = [...new Set(stems)];

/**
 * Past-tense markers: preterite of frequent verbs, or an auxiliary with a
 * participle ("hat … gesagt", "hat … beschlossen"; -iert participles with
 * haben only: "hat … telefoniert", but "ist … kompliziert" is an adjective).
 * A sentence with past
 * markers only is told in the past, with future markers only in the future;
 * otherwise it counts as present, and "am Freitag" is the nearest Friday
 * (on a Wednesday: the coming one).
 */
export const pastTense = /(?<![\p{L}])(?:war|waren|warst|wurde|wurden|hatte|hatten|sagte|sagten|erklärte|erklärten|gab|gaben|kam|kamen|fand|fanden|traf|trafen|sprach|sprachen|ging|gingen|stand|standen|lag|lagen|verlor|gewann|starb|hieß|telefonierten?|schrieb|schrieben|meldete|meldeten|forderte|warnte|nannte|rief|bat|postete|twitterte|teilte|betonte|meinte|berichtete|kündigte|begann|endete|fiel|fielen)(?![\p{L}])|(?<![\p{L}])(?:hat|haben|hatte|ist|sind|habe)(?![\p{L}])[^.!?]{0,120}?(?<![\p{L}])(?:ge\p{L}{2,}(?:t|en)(?![\p{L}])|(?:be|ver|er|ent|zer|emp|über|unter)\p{L}{2,}(?:t|en)(?=\s*(?:[.,;:!?"“”»«]|$)))|(?<![\p{L}])(?:hat|haben|habe|hatte|hatten)(?![\p{L}])[^.!?]{0,120}?(?<![\p{L}])\p{L}{3,}iert(?![\p{L}])/iu;

/**
 * Tokens that name a calendar date; where one is left unmatched by the rules, chrono-node gets a look.
 * Bare four-digit numbers are not among them: chrono-node's German parser reads no bare year, and a
 * year the rules rejected is a count ("2000 Menschen"); on 10kGNAD they sent chrono-node to half of
 * its sentences without a single result changing.
 */
export const calendarToken = new RegExp(`\\d{1,2}\\.\\d{1,2}\\.|${Object.keys(months).filter((m) => m.length > 3).join("|")}`, "giu");

/** Future markers that win over a past marker in the same sentence. */
export const futureTense = /(?<![\p{L}])(?:wird|werden|werde|wirst|soll|sollen|will|wollen|plant|planen|geplant|künftig|kommenden|nächsten)(?![\p{L}])/iu;
