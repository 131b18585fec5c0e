import {attributiveEnding} from "../lang/de/inflection.js";
import {adjectiveShape, placeOnlyPrepositions} from "../lang/de/bare-name-words.js";
import {notGivenName} from "./closed-class.js";
import {type FoundMention, finish} from "./found-mention.js";
import type {PersonLexicon} from "./lexicon.js";
import {headlineNoun, isGiven, isSurnameCandidate, partOfOrgName} from "./name-shape.js";
import {roleNoun} from "./roles.js";
import type {Token} from "./tokens.js";
import {finiteVerbAt} from "./verbs.js";
import {foreignNameParticles} from "../lang/de/name-particles.js";

/** Foreign particles, which open a sentence capitalised ("Van Hoeven sagte"): part of the surname, no given name. */
const PARTICLES = new Set(foreignNameParticles);

/** Prepositions after which a lone name is a place ("in Sharon"). */
const PLACE_ONLY = new Set(placeOnlyPrepositions);

/** A bare surname the given test knows (also in the genitive: "Putins"). */
export function knownSurnameAt(text: string, tokens: Token[], i: number, span: number, lex: PersonLexicon, known: (lower: string) => boolean): FoundMention | null {
  const t = tokens[i];
  if (!t.cap || !t.word || lex.nonPersonWords.has(t.lower)) return null;
  // part of a longer name or title the lexicon lacks ("Kerry Snook", "The Marlowe Question")
  const base = known(t.lower) ? t.lower : t.lower.length > 5 && t.lower.endsWith("s") && known(t.lower.slice(0, -1)) ? t.lower.slice(0, -1) : "";
  if (!base) return null;
  const next = tokens[i + 1];
  if (base === t.lower && next?.cap && next.word && !lex.nonPersonWords.has(next.lower) && !roleNoun(next) && !lex.personVerbs.has(next.lower)) return null;
  const surname = base === t.lower ? t.text : t.text.slice(0, -1);
  // "Valentino Rossi", "Venus Williams": an unlisted given name before a known surname
  const prev = tokens[i - 1];
  const opener = tokens[i - 2];
  if (base === t.lower && prev?.cap && PARTICLES.has(prev.lower) && prev.end + 1 === t.start) {
    return finish(text, tokens, i - 1, i, span, [], `${prev.text} ${surname}`, registerSurname(lex, base), "particle+known-surname", lex);
  }
  // not a preposition, adverb or finite verb ("Neben Strache", "Verliert Strache") nor a role noun ("Anwältin Rest"),
  // nor a common noun of five letters or more ("Kat Szabo" stays), adjective, place or firm ("Dauerthema Merkel", "Dow Jones"),
  // nor a name an institution bears ("die Akademie Hanna Brandl", the way a run of given name and surname is no person there)
  if (base === t.lower && prev && isSurnameCandidate(prev, lex) && !prev.lower.endsWith("s") && !known(prev.lower) && !notGivenName(prev.lower) && !headlineNoun(prev, lex) && !lex.placesAndOrganisations.has(prev.lower) && !adjectiveShape.test(prev.lower) && !(opener && (lex.nounMarkers.has(opener.lower) || (opener.word && !opener.cap && attributiveEnding.test(opener.lower) && !finiteVerbAt(tokens, i - 2))))) {
    return partOfOrgName(tokens, i - 1, i) ? null : finish(text, tokens, i - 1, i, span, [prev.text], surname, registerSurname(lex, base), "given+known-surname", lex);
  }
  if (partOfOrgName(tokens, i, i)) return null;
  // "der Mini Cooper", "Holtkamp - Severin": after a capitalised word that is no role, name or noun the surname ends a longer name
  if (base === t.lower && prev?.cap && prev.word && prev !== tokens[0] && !roleNoun(prev) && !lex.nonPersonWords.has(prev.lower) && !lex.commonNoun(prev.lower) && !isGiven(prev, lex) && !known(prev.lower)) return null;
  // "in Sharon": a place; "eine Madonna": a common noun
  if (prev && base === t.lower && (PLACE_ONLY.has(prev.lower) || (lex.commonNoun(t.lower) && lex.nounMarkers.has(prev.lower)))) return null;
  return finish(text, tokens, i, i, span, [], surname, registerSurname(lex, base), "known-surname", lex);
}

/**
 * The register id of a surname only one registered person has, else "": where two share it (a family name, "Al Thani"), the one
 * person whose register lists the word alone as a form of the name ("aliases: [al-Thani]"); a family name alone never joins the others.
 */
export function registerSurname(lex: PersonLexicon, lower: string): string {
  const ids = lex.register.bySurname.get(lower);
  if (!ids) return "";
  if (ids.length === 1) return ids[0];
  const alone = new Set((lex.register.byFirst.get(lower) ?? []).filter(([form]) => form.length === 1).map(([, id]) => id));
  return alone.size === 1 ? [...alone][0] : "";
}
