import {nonNameWords} from "./closed-class.js";
import type {PersonLexicon} from "./lexicon.js";
import {isGiven, isSurnameCandidate, partOfOrgName, surnameNoun} from "./name-shape.js";
import type {Token} from "./tokens.js";

/** A surname written as a plain name: capital, lower-case letters, maybe one hyphenated second part ("Hendl-Fink"). */
const PLAIN_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

/**
 * "Nadeem Elyas", "Sterling Marlin": a given name only the package name list knows, then a surname.
 * That list holds words too (Bay, Grove, Royal), so the pair must stand alone: no capitalised
 * word before or after, no article or foreign short word before, a surname the noun dictionary
 * lacks, and no listed given name as surname.
 * Returns the surname's index, or -1.
 */
export function packageGivenAt(tokens: Token[], i: number, lex: PersonLexicon): number {
  const t = tokens[i];
  const s = tokens[i + 1];
  // cheap exits first: most capitalised words are nouns before a lower-case word
  if (!s || !s.cap || !s.word || s.start !== t.end + 1) return -1;
  if (t.lower.length < 3 || !lex.packageGivenNames.has(t.lower) || lex.givenNames.has(t.lower) || !PLAIN_NAME.test(t.text) || nonNameWords.has(t.lower) || lex.nameParticles.has(t.lower) || lex.nonPersonWords.has(t.lower)) return -1;
  if (!PLAIN_NAME.test(s.text) || !isSurnameCandidate(s, lex) || isGiven(s, lex) || surnameNoun(s, lex) || lex.commonNoun(t.lower)) return -1;
  const prev = tokens[i - 1];
  const next = tokens[i + 2];
  // "Simon Raphael Wielandt": a second given name of a list, then the surname
  if (next?.cap && next.word && next.start === s.end + 1 && (lex.packageGivenNames.has(s.lower) || lex.givenNames.has(s.lower)) && !(prev?.cap && prev.word)) return thirdPart(tokens, i, lex);
  if ((prev?.cap && prev.word) || (next?.cap && next.word)) return -1;
  if (prev && lex.nounMarkers.has(prev.lower)) return -1;
  // a short word that is no German function word makes it a foreign phrase ("Vila do Campo Alto", "Isle of Man")
  if (prev?.word && prev.lower.length <= 3 && !nonNameWords.has(prev.lower)) return -1;
  // "Sony Music", "Arista Records": the second word names a firm
  if (partOfOrgName(tokens, i, i + 1)) return -1;
  return i + 1;
}

/** i + 2 when tokens[i + 2] ends a three-word name after two given names: a plain surname the dictionary lacks, with no capitalised word after it; else -1. */
function thirdPart(tokens: Token[], i: number, lex: PersonLexicon): number {
  const t = tokens[i + 2];
  const after = tokens[i + 3];
  if (!PLAIN_NAME.test(t.text) || !isSurnameCandidate(t, lex) || isGiven(t, lex) || (after?.cap && after.word)) return -1;
  if (tokens[i - 1] && lex.nounMarkers.has(tokens[i - 1].lower)) return -1;
  return partOfOrgName(tokens, i, i + 2) ? -1 : i + 2;
}
