import {adjectiveShape, placeNameShape, strongNounEnding} from "../lang/de/bare-name-words.js";
import {prepositions} from "../lang/de/closed-class.js";
import {nonNameWords} from "./closed-class.js";
import type {PersonLexicon} from "./lexicon.js";
import {attributive, isSurnameCandidate} from "./name-shape.js";
import type {Token} from "./tokens.js";
import {finiteVerbAt} from "./verbs.js";

/** A plain name: capitalised, lower-case letters after the first, maybe one hyphenated second part ("Eberstein", "Kurtz-Gallenstein"). */
const PLAIN = /^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?$/u;
/**
 * Relative pronouns of a masculine or feminine singular antecedent: a person, where a place or a firm is mostly neuter ("das").
 * Not "dessen" (also neuter: "Android, dessen …") nor "deren" (also plural, and a firm's: "die Firma …, deren Chef").
 */
const RELATIVE = new Set(["der", "die"]);
/** How many tokens a relative clause may run before its verb. */
const MAX_CLAUSE = 14;
const PREPOSITIONS = new Set(prepositions);
/** Pronouns that take a relative clause like a name ("Diejenige, die …", "Derselbe, der …"). */
const DEMONSTRATIVE = /(?:jenige|selbe)$/u;

/**
 * "name+relative" when tokens[i] is a lone name that a relative clause with a masculine or feminine pronoun describes
 * ("Eberstein, der 1932 befördert wurde, …", "… hinter Makaay, der zuletzt schwächelte"): a plain word that no list
 * gives as a noun, place, firm or closed-class word, after no article, attribute or capitalised word, then a comma, "der"/"die"
 * and a lower-case word or number (not an apposition: ", die Hauptstadt"), and the clause ends at a
 * comma or full stop on a finite verb; else "".
 */
export function relativeNameCue(tokens: Token[], i: number, lex: PersonLexicon): string {
  const t = tokens[i];
  if (!PLAIN.test(t.text) || !isSurnameCandidate(t, lex) || tokens[i + 1]?.text !== "," || !RELATIVE.has(tokens[i + 2]?.lower ?? "")) return "";
  const first = tokens[i + 3];
  // a capitalised word makes an apposition (", die Hauptstadt …")
  if (!first || (first.word && first.cap)) return "";
  const w = t.lower;
  if (nonNameWords.has(w) || DEMONSTRATIVE.test(w) || lex.commonNoun(w) || strongNounEnding.test(w) || adjectiveShape.test(w) || placeNameShape.test(w)) return "";
  if (lex.placesAndOrganisations.has(w) || (w.endsWith("s") && lex.placesAndOrganisations.has(w.slice(0, -1)))) return "";
  const prev = tokens[i - 1];
  if (prev && ((prev.word && prev.cap) || lex.nounMarkers.has(prev.lower))) return "";
  // after an attribute or quantifier the word is a noun the dictionary lacks ("ein gefeierter Theaterstar, der …", "weniger Fischfang, der …"),
  // not after a preposition or verb ("hinter Makaay, der …", "stellte Schickhofer, der …")
  if (attributive(prev) && !PREPOSITIONS.has(prev!.lower) && !finiteVerbAt(tokens, i - 1)) return "";
  // the relative clause ends on its finite verb before a comma or full stop
  for (let k = i + 3; k < tokens.length && k < i + 3 + MAX_CLAUSE; k++) {
    if (/^[,.;:!?)]$/u.test(tokens[k].text)) return k > i + 3 && finiteVerbAt(tokens, k - 1, true) ? "name+relative" : "";
  }
  return "";
}
