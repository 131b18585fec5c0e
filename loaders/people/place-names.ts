/**
 * Words the text itself gives as the name of a place or institution ("Die Stadt
 * Lindenau will …. Lindenau soll …"): a bare word right after a place noun
 * (lang/de/non-person-words.ts). A bare mention right after a place noun is
 * no person, nor is one of such a word found by word order alone, in any
 * sentence of the text.
 */
import {placeNouns} from "../lang/de/non-person-words.js";
import type {Token} from "./tokens.js";

const PLACE_NOUNS = new Set(placeNouns);

/** Whether tokens[i] is a capitalised word right after a capitalised token that `isNoun` takes for a noun that names (a place, an organisation). */
export function capitalAfterNoun(tokens: readonly Token[], i: number, isNoun: (before: Token) => boolean): boolean {
  const t = tokens[i];
  const before = tokens[i - 1];
  return !!before && t.cap && t.word && before.cap && isNoun(before);
}

/** Lower-cased words of the tokens of a text's spans that `after` finds right after a naming noun (tokens[i]), added to `names`. */
export function wordsAfterNoun(tokensBySpan: readonly Token[][], after: (tokens: readonly Token[], i: number) => boolean, names = new Set<string>()): Set<string> {
  for (const tokens of tokensBySpan) for (let i = 1; i < tokens.length; i++) if (after(tokens, i)) names.add(tokens[i].lower);
  return names;
}

// the noun's base form only: "des Landkreises Wettau" is left alone
const isPlaceNoun = (before: Token) => PLACE_NOUNS.has(before.lower);

/** Whether tokens[i] is a capitalised word right after a place or institution noun ("die Stadt Lindenau", "die Firma Brandt"). */
export function afterPlaceNoun(tokens: readonly Token[], i: number): boolean {
  return capitalAfterNoun(tokens, i, isPlaceNoun);
}

/** Lower-cased words that follow a place or institution noun ("Stadt Lindenau" → "lindenau") in the tokens of a text's spans. */
export function placeNamesIn(tokensBySpan: readonly Token[][]): Set<string> {
  return wordsAfterNoun(tokensBySpan, afterPlaceNoun);
}
