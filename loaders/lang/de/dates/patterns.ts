/**
 * Regex building blocks for the German date rules, built from the lexicon.
 * `B` and `E` are word boundaries that, unlike `\b`, know umlauts and ß.
 */
import {decadeWords, durationUnits, months, numberWords, ordinalWords, seasons, weekdays} from "./lexicon.js";
import {escapeRegExp} from "../../../text/escape-regexp.js";

/** Start of a word. */
export const B = "(?<![\\p{L}\\p{N}])";
/** End of a word. */
export const E = "(?![\\p{L}\\p{N}])";

const alt = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");

/** Full month names, then abbreviations with an optional dot. */
export const MONTH = `(?:${alt(Object.keys(months).filter((m) => m.length > 4 || ["märz", "mai", "juni", "juli"].includes(m)))}|(?:${alt(Object.keys(months).filter((m) => m.length <= 4 && !["märz", "mai", "juni", "juli"].includes(m)))})\\.?)`;
/** Full month names only (for month names without a day: "im Juni"). */
export const MONTH_NAME = `(?:${alt(Object.keys(months).filter((m) => m.length > 4 || ["märz", "mai", "juni", "juli"].includes(m)))})`;
export const WEEKDAY = `(?:${alt(Object.keys(weekdays))})`;
export const NUMBER_WORD = `(?:${alt(Object.keys(numberWords))})`;
/** A number in digits or words. */
export const NUMBER = `(?:\\d{1,4}(?:,\\d)?|${NUMBER_WORD}(?:\\s+halb)?)`;
export const ORDINAL_WORD = `(?:${alt(Object.keys(ordinalWords))})(?:e|en|es|er|em)`;
export const DECADE_WORD = `(?:${alt(Object.keys(decadeWords))})`;
export const SEASON = `(?:${alt(Object.keys(seasons))})`;
/** Unit stems; inflection endings are matched after them. */
export const UNIT = `(?:${alt(Object.keys(durationUnits))})`;
export const UNIT_END = "(?:en|n|es|s|e)?";
/** Approximation and bounds kept inside a duration's span ("rund drei Jahre"). */
export const MODIFIER = "(?:fast|rund|etwa|ungefähr|circa|ca\\.|gut|mehr\\s+als|weniger\\s+als|mindestens|höchstens|beinahe|nahezu|annähernd|bis\\s+zu)";
/** "vergangenen", "nächsten", … (the shift words with their endings). */
export const SHIFT = "(?:vergangen|letzt|vorig|verflossen|dies|laufend|nächst|kommend|folgend|selb|gleich)(?:e|en|er|es|em)?";
/** Parts of the day as written after a weekday or deictic word. */
export const DAY_PART = "(?:morgen|früh|vormittag|mittag|nachmittag|abend|nacht)";

/** "vom"/"von" right before a date (the words before it): a day a noun refers back to ("die Freilassung vom Sonntag") or a span's start. */
export const VON_BEFORE = /(?<![\p{L}])(?:von|vom)\s+$/iu;
/** "für" right before a date (the words before it): the day a plan is made for ("ist für Samstag geplant", "für den kommenden Montag angesetzt"). */
export const FOR_BEFORE = /(?:^|[^\p{L}])für\s+(?:(?:den|die|das)\s+)?(?:(?:kommenden?|nächsten?)\s+)?$/iu;

/** Builds a global, unicode, case-insensitive regex. */
export function rx(source: string, flags = "giu"): RegExp {
  return new RegExp(source, flags);
}

/** Reads a number written in digits or words ("drei", "2,5", "zwei halb"); NaN when unknown. */
export function readNumber(s: string): number {
  const t = s.toLowerCase().replace(/\s+/g, " ").trim();
  if (/^\d/.test(t)) return parseFloat(t.replace(",", "."));
  if (t.endsWith(" halb")) return readNumber(t.slice(0, -5)) - 0.5;
  return numberWords[t] ?? NaN;
}

/** Prepositions that chrono-node's German parser includes at the start of a match ("am 3. Mai", "bis zum Montag"): cut off (loaders/dates/chrono.ts). */
export const chronoLeadingPrepositions: readonly string[] = ["am", "im", "um", "vom", "von", "ab", "bis", "seit", "zum", "zur", "an", "in", "bis zum", "bis zur"];

/** Words that join two days of one list ("25. und 26. August", "Montag bis Mittwoch"; dashes too), and an article or preposition after them ("und am"). */
export const dayListJoiners = {joiners: ["und", "oder", "sowie", "bis", "-", "–"], leads: ["am", "zum", "den"]} as const;
