/**
 * Person veto of the German language on the end of a route: "von Lindau nach Bregenz", "von Jena bis Gera". Plain object with
 * an id, tried in the order of `personVetoes` in ./index.ts; the words of a route are plain data.
 */
import type {MentionVeto} from "../../people/mention-vetoes.js";
import {placeNames} from "./place-names.js";

/** Prepositions that open a route's start ("von", "aus"). */
export const routeStartWords: readonly string[] = ["von", "aus"];
/** Prepositions that open a route's end ("nach", "bis"). */
export const routeEndWords: readonly string[] = ["nach", "bis"];
/** Rules that take a lone word for a name by the word alone, not by a role, bracket or verb around it. */
export const wordOnlyRules: readonly string[] = ["given-name", "known-surname"];

const STARTS = new Set(routeStartWords);
const ENDS = new Set(routeEndWords);
const WORD_ONLY = new Set(wordOnlyRules);

/** Whether a token is a capitalised word that names a place of the lexicon (loaders/lang/de/place-names.ts). */
const place = (t: {lower: string; cap: boolean; word: boolean} | undefined): boolean => !!t?.cap && t.word && placeNames.has(t.lower);

/**
 * route-end: a lone word a given-name or surname list took for a name at one end of a route whose other end is a place of the
 * lexicon ("auf dem Weg von Savannah nach Chicago", "von Berlin bis Florence"): a place too. A cue of a role or verb keeps its name.
 */
export const routeEnd: MentionVeto = {
  id: "route-end",
  test: ({tokens, first, last, rule}) => {
    if (first !== last || !WORD_ONLY.has(rule)) return false;
    const before = tokens[first - 1]?.lower ?? "";
    const after = tokens[first + 1]?.lower ?? "";
    if (STARTS.has(before) && ENDS.has(after)) return place(tokens[first + 2]);
    return ENDS.has(before) && place(tokens[first - 2]) && STARTS.has(tokens[first - 3]?.lower ?? "");
  }
};
