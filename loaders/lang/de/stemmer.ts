import {snowballDe} from "./snowballDe.js";

/**
 * German stemming with the Snowball stemmer of @nlpjs/lang-de (ported to char
 * codes in snowballDe.ts, same stems), memoised in a Map. The Snowball stemmer
 * lower-cases nothing itself and folds umlauts in its output
 * ("Waffenstillstände" → "waffenstillstand"), so callers pass lower case.
 */
const cache = new Map<string, string>();
/** Cache entries kept before the memo is cleared (bounds memory on huge corpora). */
const CACHE_LIMIT = 500_000;

/** Stem of a lower-case German word, e.g. "krieges" → "krieg". */
export function stemDe(lower: string): string {
  let result = cache.get(lower);
  if (result === undefined) {
    result = snowballDe(lower);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(lower, result);
  }
  return result;
}

const FOLD: Record<string, string> = {ä: "a", ö: "o", ü: "u", ß: "ss"};

/** Lower case with umlauts and ß folded the way the stemmer folds them: "Größe" → "grosse". */
export function foldDe(word: string): string {
  return foldLower(word.toLowerCase());
}

/** `foldDe` of a word already in lower case: the word itself when it has no umlaut or ß (no new string). */
export function foldLower(lower: string): string {
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c === 0xe4 || c === 0xf6 || c === 0xfc || c === 0xdf) return lower.replace(/[äöüß]/g, (ch) => FOLD[ch]);
  }
  return lower;
}
