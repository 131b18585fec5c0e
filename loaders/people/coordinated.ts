import {abstractNounSuffixes} from "../lang/de/inflection.js";
import {nominalisedParticipleEnding} from "../lang/de/bare-name-words.js";
import {firmPartners} from "../lang/de/non-person-words.js";
import type {PersonLexicon} from "./lexicon.js";
import {COORDINATORS, isGiven, isSurnameCandidate} from "./name-shape.js";
import type {Token} from "./tokens.js";

/** Words for a firm's partners ("und Co", "& Söhne"). */
const FIRM_PARTNERS = new Set(firmPartners);
/** Abstract nouns ("Regierung", "Freiheit", "Sozialismus"): never a name in a list of names. */
const ABSTRACT_NOUN = new RegExp(`(?:${[...abstractNounSuffixes, "ismus"].join("|")})$`, "u");

/** Index k when tokens[k] is a lone capitalised name joined to a mention by tokens[joiner] ("und", "oder", "sowie"), else -1. */
export function coordinatedAt(tokens: Token[], k: number, joiner: number, lex: PersonLexicon, comma = false): number {
  const t = tokens[k];
  if (!t || !tokens[joiner] || !(COORDINATORS.has(tokens[joiner].lower) || (comma && tokens[joiner].text === ",")) || !isSurnameCandidate(t, lex) || isGiven(t, lex)) return -1;
  // names the register or the surname lexicon knows keep their own rule
  if (lex.register.byFirst.has(t.lower) || lex.register.bySurname.has(t.lower) || lex.knownSurnames.has(t.lower)) return -1;
  // a place or firm ("Merkel und Myanmar" is a list of topics) or a firm's partner ("Jan Vorberg und Co")
  if (lex.placesAndOrganisations.has(t.lower) || FIRM_PARTNERS.has(t.lower)) return -1;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (prev && (lex.nounMarkers.has(prev.lower) || (prev.cap && prev.word))) return -1;
  if (next && next.cap && next.word) return -1;
  if (ABSTRACT_NOUN.test(t.lower)) return -1;
  // a common noun ("zwei Wochen und Telemann") or a nominalised participle ("Unternehmen und Fördersuchende")
  if (lex.commonNoun(t.lower) || nominalisedParticipleEnding.test(t.lower)) return -1;
  return k;
}

/**
 * Index k when tokens[k] is a lone capitalised name before a comma that opens tokens[first], an item of a list of names
 * ("Harlond, Brenneck und Leigh"): not a place, firm or common noun, and nothing but a comma, bracket or sentence start before it; else -1.
 */
export function listedBefore(tokens: Token[], first: number, lex: PersonLexicon): number {
  if (tokens[first - 1]?.text !== ",") return -1;
  const k = first - 2;
  const t = tokens[k];
  const prev = tokens[k - 1];
  if (!t || (prev && (prev.word || !/^[,(;:]$/u.test(prev.text)))) return -1;
  return coordinatedAt(tokens, k, first - 1, lex, true);
}
