/**
 * Words of dates and amounts that say when or how much, not what: left out of
 * key terms ("März", "Montag", "vergangene", "Mitte", "rund"). Derived from the
 * dates lexicon, so a month or weekday added there is left out here too.
 */
import {dayParts, months, referenceWords, shiftWords, weekdays} from "./dates/lexicon.js";

const ADJECTIVE_ENDINGS = ["e", "en", "er", "es", "em"];

/** Lower-case time and amount words that are never a key term. */
export const timeWords: readonly string[] = [
  ...Object.keys(months),
  ...Object.keys(weekdays).flatMap((d) => [d, `${d}s`]),
  ...Object.keys(dayParts).flatMap((p) => [p, `${p}s`]),
  ...Object.keys(referenceWords),
  ...Object.keys(shiftWords).flatMap((s) => ADJECTIVE_ENDINGS.map((e) => `${s}${e}`)),
  "mitte", "anfang", "uhr", "rund", "knapp", "gut", "zirka", "circa", "ungefähr"
];
