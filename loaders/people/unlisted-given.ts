import {nonNameWords} from "./closed-class.js";
import type {PersonLexicon} from "./lexicon.js";
import {isSurnameCandidate} from "./name-shape.js";
import {roleNoun} from "./roles.js";
import type {Token} from "./tokens.js";

/** A plain capitalised word: "Bram", "Tarvo". */
const PLAIN_GIVEN = /^\p{Lu}\p{Ll}+$/u;

/**
 * i - 1 when the word before tokens[i] reads as a given name no list holds ("Bram Tolliver", "Tarvo Wessers"):
 * a plain capitalised word the noun dictionary lacks, not a genitive, opening the sentence or with no capitalised word but a role or common
 * noun before it ("Amrein Quenzels neuer Film …"); else i.
 */
export function unlistedGivenBefore(tokens: Token[], i: number, lex: PersonLexicon): number {
  const prev = tokens[i - 1];
  if (!prev || prev.end + 1 !== tokens[i].start || !PLAIN_GIVEN.test(prev.text) || !isSurnameCandidate(prev, lex) || prev.lower.endsWith("s")) return i;
  if (nonNameWords.has(prev.lower) || lex.commonNoun(prev.lower) || lex.nounMarkers.has(prev.lower)) return i;
  const before = tokens[i - 2];
  if ((before && !before.word && !/^[,(;]$/u.test(before.text)) || (before?.cap && before.word && !roleNoun(before) && !lex.commonNoun(before.lower))) return i;
  return i - 1;
}
