import {adjectiveShape, placeNameShape, placeVerbs, strongNounEnding} from "../lang/de/bare-name-words.js";
import {englishFunctionWords} from "../lang/de/closed-class.js";
import {nonNameWords} from "./closed-class.js";
import type {PersonLexicon} from "./lexicon.js";
import {isSurnameCandidate, surnameNoun} from "./name-shape.js";
import {OPENER, type Token} from "./tokens.js";
import {beforeParticles, finiteVerbAt} from "./verbs.js";

/** A name part: capital and lower-case letters, maybe one hyphenated second part ("Brasseur", "Hendl-Fink"). */
const NAME_PART = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
/** English adjectives that open names of places and things ("Old Trafford", "Great Yarmouth"). */
const ENGLISH_ADJECTIVES = new Set(["old", "new", "great", "little", "big", "north", "south", "east", "west", "upper", "lower", "royal", "grand"]);
const ENGLISH = new Set(englishFunctionWords);
const PLACE_VERBS = new Set(placeVerbs);

/**
 * Index of the second word when tokens[i] and tokens[i + 1] are a two-word name that no list holds, in the subject's place
 * of a clause: after a finite verb in verb-second order, maybe past one or two particles ("1512 übernahm Odilo Brasseur den Umbau",
 * "Dann stolperte auch Odilo Brasseur in den Saal") or opening the
 * sentence before one ("Odilo Brasseur übernahm …"). Both words are plain name parts that are no dictionary noun,
 * closed-class word, place, firm or adjective, and no capitalised word follows; else -1.
 */
export function fullNameAt(tokens: Token[], i: number, lex: PersonLexicon): number {
  const a = tokens[i];
  const b = tokens[i + 1];
  const after = tokens[i + 2];
  if (!b || !after || (after.word && after.cap) || b.start !== a.end + 1) return -1;
  const prev = tokens[i - 1];
  // the verb, past up to two particles ("übernahm dann auch …")
  const verb = beforeParticles(tokens, i);
  const verbBefore = !!prev && !!finiteVerbAt(tokens, verb);
  // a finite verb before the pair or the sentence's start: the two places below (cheaper to test than the name parts)
  if (!verbBefore && prev && !OPENER.test(prev.text)) return -1;
  // in verb-second order the verb follows a capitalised word, number or punctuation
  const before = tokens[verb - 1];
  if (verbBefore && before && before.word && !before.cap) return -1;
  // a name particle ("De Luca") and a known surname ("Ottwin Keitel") keep their own rules
  if (!namePart(a, lex) || !namePart(b, lex) || lex.nameParticles.has(a.lower) || lex.knownSurnames.has(b.lower)) return -1;
  // "1512 übernahm Odilo Brasseur …": the verb stands second, after a capitalised word, number or punctuation
  if (verbBefore) return after.word || /^[.,;:!?]$/u.test(after.text) ? i + 1 : -1;
  // "Odilo Brasseur übernahm den Umbau": the name opens the sentence before its verb
  // not before a verb of lying or flowing, which a place takes ("Nof Amir liegt im Osten …")
  if (finiteVerbAt(tokens, i + 2, true) && !PLACE_VERBS.has(after.lower)) return i + 1;
  return -1;
}

function namePart(t: Token, lex: PersonLexicon): boolean {
  const w = t.lower;
  return NAME_PART.test(t.text) && isSurnameCandidate(t, lex) && !nonNameWords.has(w) && !ENGLISH.has(t.text) && !surnameNoun(t, lex) && !strongNounEnding.test(w) &&
    !lex.placesAndOrganisations.has(w) && !placeNameShape.test(w) && !adjectiveShape.test(w) && !w.endsWith("s") && !ENGLISH_ADJECTIVES.has(w);
}
