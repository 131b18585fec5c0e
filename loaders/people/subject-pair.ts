import {strongNounEnding} from "../lang/de/bare-name-words.js";
import {isDictionaryPluralVerb} from "../lang/de/finite-verb-dict.js";
import {nonNameWords} from "./closed-class.js";
import type {PersonLexicon} from "./lexicon.js";
import {COORDINATORS, isSurnameCandidate} from "./name-shape.js";
import {OPENER, type Token} from "./tokens.js";

/** Prepositions fused with an article ("im", "zum", "beim"): after them the pair may be the verb's object ("besuchten Worrindi und Kapunda im Tal"). */
const FUSED_PREPOSITION = /^(?:im|am|zum|zur|vom|beim|ins|ans|aufs)$/u;

/**
 * "subject-pair" when tokens[i] is one of two bare names joined by "und"/"oder"
 * that together are the subject of a plural verb: before it at a sentence's start
 * ("Ibarrondo und Lescano können folgen") or after it in verb-second order
 * ("Dann zeigen Lindqvist und Oberle ihr Modell", "zerstritten sich Hagedorn und Pilz").
 * Both words must be capitalised non-nouns; else "".
 */
export function subjectPairCue(tokens: Token[], i: number, lex: PersonLexicon): string {
  const first = tokens[i + 1] && COORDINATORS.has(tokens[i + 1].lower) ? i : tokens[i - 1] && COORDINATORS.has(tokens[i - 1].lower) ? i - 2 : -1;
  if (first < 0 || !bareName(tokens[first], lex) || !bareName(tokens[first + 2], lex)) return "";
  const before = tokens[first - 1];
  const after = tokens[first + 3];
  if (!after) return "";
  // "Ibarrondo und Lescano können …": the pair is the first constituent, the plural verb follows
  if ((!before || OPENER.test(before.text)) && after.word && !after.cap && isDictionaryPluralVerb(after.lower)) return "subject-pair";
  // "nahmen Varenne und Dussault Kontakt auf", "zeigen Lindqvist und Oberle ihr Modell": the plural verb (maybe with "sich") comes before the pair,
  // an object (maybe with its article or determiner) or the end after it, no fused preposition
  const verb = before?.lower === "sich" ? tokens[first - 2] : before;
  const objectOrEnd = !after.word || !after.cap || lex.commonNoun(after.lower);
  if (verb && verb.word && !verb.cap && isDictionaryPluralVerb(verb.lower) && objectOrEnd && !FUSED_PREPOSITION.test(after.lower)) return "subject-pair";
  return "";
}

/** A capitalised word that can be a bare name: no noun, closed-class word, non-person word, place or firm ("Steiermark und Tirol sind …"). */
function bareName(t: Token | undefined, lex: PersonLexicon): boolean {
  return !!t && isSurnameCandidate(t, lex) && !nonNameWords.has(t.lower) && !lex.commonNoun(t.lower) && !strongNounEnding.test(t.lower) && !lex.placesAndOrganisations.has(t.lower);
}
