/**
 * Cheap German cues used around the date rules: which sentences can hold a
 * date at all (the pre-filter that keeps the pipeline fast) and whether a
 * sentence is told in the past.
 */
import {dictionaryPreterite} from "../finite-verb-dict.js";
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
 * Past-tense markers of the pattern: preterite of frequent verbs, or an auxiliary with a
 * participle ("hat … gesagt", "hat … beschlossen"; -iert participles with
 * haben only: "hat … telefoniert", but "ist … kompliziert" is an adjective).
 * A sentence with past
 * markers only is told in the past, with future markers only in the future;
 * otherwise it counts as present, and "am Freitag" is the nearest Friday
 * (on a Wednesday: the coming one).
 */
const pastMarkers = /(?<![\p{L}])(?:war|waren|warst|wurde|wurden|hatte|hatten|sagte|sagten|erklärte|erklärten|gab|gaben|kam|kamen|fand|fanden|traf|trafen|sprach|sprachen|ging|gingen|stand|standen|lag|lagen|verlor|gewann|starb|hieß|telefonierten?|schrieb|schrieben|meldete|meldeten|forderte|warnte|nannte|rief|bat|postete|twitterte|teilte|betonte|meinte|berichtete|kündigte|begann|endete|fiel|fielen)(?![\p{L}])|(?<![\p{L}])(?:hat|haben|hatte|ist|sind|habe)(?![\p{L}])[^.!?]{0,120}?(?<![\p{L}])(?:ge\p{L}{2,}(?:t|en)(?![\p{L}])|(?:be|ver|er|ent|zer|emp|über|unter)\p{L}{2,}(?:t|en)(?=\s*(?:[.,;:!?"“”»«]|$)))|(?<![\p{L}])(?:hat|haben|habe|hatte|hatten)(?![\p{L}])[^.!?]{0,120}?(?<![\p{L}])\p{L}{3,}iert(?![\p{L}])/iu;

/** Words after which a preterite form that is also a participial adjective reads as the adjective ("die verteidigte Regel")… */
const DETERMINER_BEFORE = /(?:^|[^\p{L}])(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|kein|keine|keinen|keinem|keiner|keines|diese[mnrs]?|jene[mnrs]?|jede[mnrs]?|alle[mnrs]?|zum|zur|im|am|vom|beim|ins|sein|seine[mnrs]?|ihre?[mnrs]?|unser|unsere[mnrs]?)\s+$/iu;
/** …or after an inflected lower-case adjective ("die neue verteidigte Regel"). */
const ADJECTIVE_BEFORE = /(?:^|[^\p{L}])\p{Ll}+(?:e|en|er|es|em)\s+$/u;

const lowerWord = /(?<![\p{L}\p{M}\d-])\p{Ll}[\p{L}\p{M}]{2,}(?![\p{L}\p{M}\d-])/gu;

/** Whether the sentence holds a lower-case preterite form of the verb dictionary ("verteidigte", "boten") read as a verb. */
function hasPreteriteVerb(sentence: string): boolean {
  lowerWord.lastIndex = 0;
  for (let m = lowerWord.exec(sentence); m; m = lowerWord.exec(sentence)) {
    const reading = dictionaryPreterite(m[0]);
    if (reading === "verb") return true;
    if (reading !== "verb-or-adjective") continue;
    const before = sentence.slice(Math.max(0, m.index - 20), m.index);
    if (!DETERMINER_BEFORE.test(before) && !ADJECTIVE_BEFORE.test(before)) return true;
  }
  return false;
}

/**
 * Whether a sentence is told in the past: one of the past-tense markers above,
 * or any preterite form of the verb dictionary ("verteidigte am Donnerstag").
 */
export const pastTense = {test: (sentence: string): boolean => pastMarkers.test(sentence) || hasPreteriteVerb(sentence)};

/**
 * Tokens that name a calendar date; where one is left unmatched by the rules, chrono-node gets a look.
 * Bare four-digit numbers are not among them: chrono-node's German parser reads no bare year, and a
 * year the rules rejected is a count ("2000 Menschen"); on 10kGNAD they sent chrono-node to half of
 * its sentences without a single result changing.
 */
export const calendarToken = new RegExp(`\\d{1,2}\\.\\d{1,2}\\.|${Object.keys(months).filter((m) => m.length > 3).join("|")}`, "giu");

/** Future markers that win over a past marker in the same sentence. */
export const futureTense = /(?<![\p{L}])(?:wird|werden|werde|wirst|soll|sollen|will|wollen|plant|planen|geplant|künftig|kommenden|nächsten|(?:bevor|an)stehenden?)(?![\p{L}])/iu;
