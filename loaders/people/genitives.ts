/**
 * Shapes of a person's name in the genitive, read by the genitive cues of bare-cues.ts: before a noun
 * ("Pemberleys Liebe", "Pellonis Vorschlag"), after a noun a person has ("die Rückkehr Gramolls") and at a sentence's start.
 */

import type {PersonLexicon} from "./lexicon.js";
import {nounEnding, placeNameShape} from "../lang/de/bare-name-words.js";
import {attributiveEnding} from "../lang/de/inflection.js";
import {personPossessedHeads} from "../lang/de/person-heads.js";
import {closedClassWords} from "./closed-class.js";
import {ACRONYM} from "./name-shape.js";
import {yearAt} from "./clause-shapes.js";
import type {Token} from "./tokens.js";

/** An adjective in -isch or -lich with the ending "-es", capitalised in a title: it looks like a genitive. */
const ADJECTIVE_ES = /(?:isch|lich)es$/u;

/** A capitalised "-s" word whose stem looks like a person's name, not a place or common noun ("Pemberleys", not "Europas", "Sachsens", "Jahres"). */
export function possessor(t: Token, lex: PersonLexicon): boolean {
  const w = t.lower;
  if (w.length < 5 || ACRONYM.test(t.text) || w.includes("-")) return false;
  // an adjective in -isch or -lich in a title ("Städtisches Museum", "Staatliches Bauamt"), no genitive
  if (ADJECTIVE_ES.test(w)) return false;
  // a listed given name in the genitive, whatever its ending ("Ottos", "Ysoldes", "Annabelles")
  const given = w.slice(0, -1);
  if (lex.givenNames.has(given) && !w.endsWith("ss") && !lex.knownSurnames.has(given) && !lex.register.byFirst.has(given) && !lex.register.bySurname.has(given)) return !lex.nonPersonWords.has(given);
  if (/[^aeiou]is$/u.test(w)) return nameInI(w, lex);
  if (/(?:us|is|ss|os|ts|chs|ms|bs|ls|[^c]ks|'s|’s)$/u.test(w)) return false;
  // "-ns": a name in -in, -on, -un, -yn ("Brixtons", "Shavins") or a family name in -mann that is no noun ("Brackmanns", not "Kaufmanns"),
  // not a place or noun in -en, -an, -ein ("Sachsens", "Irans", "Holsteins")
  if (w.endsWith("ns") && (!/(?:[iouy]n)s$/u.test(w) || w.endsWith("eins")) && !(w.length >= 8 && w.endsWith("manns") && !lex.commonNoun(w.slice(0, -1)))) return false;
  const stem = w.slice(0, -1);
  // known surnames keep their own rule (with register ids): "Trumps" is known-surname
  if (lex.knownSurnames.has(stem) || lex.register.bySurname.has(stem) || lex.register.byFirst.has(stem)) return false;
  if (lex.givenNames.has(stem)) return !lex.nonPersonWords.has(stem);
  if (lex.nonPersonWords.has(stem) || lex.nonPersonWords.has(w)) return false;
  // a stem in -a or -e ("Malvoyes", "Orsinellas") is a name as often as a place, a lake or an English plural ("Gardas", "Tegernsees", "Times"):
  // such a word counts only before a dictionary noun (see commonHeadAfter) and in no lake's name
  if (/[ae]$/u.test(stem)) return !stem.endsWith("see") && !nounEnding.test(stem);
  return !/(?:en|land|reich|burg|berg|stadt|dorf|heim|ien|ut|ung|heit|keit|schaft|tum|ns|ts)$/u.test(stem) && !nounEnding.test(stem);
}

/** Whether a genitive in -s has a stem in -a or -e that is no listed given name ("Malvoyes", "Orsinellas"), which {@link possessor} takes only before a dictionary noun. */
export function vowelStem(t: Token, lex: PersonLexicon): boolean {
  return /[ae]s$/u.test(t.lower) && !lex.givenNames.has(t.lower.slice(0, -1));
}

/** Whether a common noun of the dictionary heads the noun phrase at tokens[k], maybe after one adjective ("Liebe", "erste Tournee"). */
export function commonHeadAfter(tokens: Token[], k: number, lex: PersonLexicon): boolean {
  const t = tokens[k]?.word && !tokens[k].cap ? tokens[k + 1] : tokens[k];
  return !!t?.word && t.cap && lex.commonNoun(t.lower);
}

/**
 * A genitive in -is of a name in -i after a consonant ("Pellonis", "Berlusconis"): six letters or more, no noun
 * ("Verständnis", "Tennis"), place or non-person word, and no known surname (those keep their own rule).
 */
function nameInI(w: string, lex: PersonLexicon): boolean {
  const stem = w.slice(0, -1);
  if (w.length < 6 || lex.commonNoun(w) || lex.commonNoun(stem) || lex.placesAndOrganisations.has(stem) || placeNameShape.test(stem)) return false;
  return !lex.nonPersonWords.has(stem) && !lex.knownSurnames.has(stem) && !lex.register.bySurname.has(stem) && !lex.register.byFirst.has(stem);
}

const PERSON_HEADS = new Set(personPossessedHeads);
/** Shortest compound head looked up in PERSON_HEADS ("Regierungs|zeit" has "zeit" too short, so whole words and heads of 5+ letters). */
const MIN_PERSON_HEAD = 4;

/** Whether a lower-cased noun, or its last part after a hyphen or as a compound's head, is one a person has ("rücktritt", "ex-freundin", "mitarbeiteranweisung"). */
export function personHead(lower: string): boolean {
  const word = lower.slice(lower.lastIndexOf("-") + 1);
  if (PERSON_HEADS.has(word)) return true;
  for (let k = 3; word.length - k >= MIN_PERSON_HEAD; k++) if (PERSON_HEADS.has(word.slice(k))) return true;
  return false;
}

/** Stem endings of place names ("Schleswigs", "Hollywoods" aside, which no shape tells). */
const PLACE_STEM = /(?:land|reich|burg|berg|stadt|dorf|heim|ien|hausen|ingen|feld|bach|tal|au|en|an)$/u;

/** A capitalised "-s" genitive after a person's noun: any stem but places, known surnames (their own rule) and non-person words. */
export function personGenitive(t: Token, lex: PersonLexicon): boolean {
  const w = t.lower;
  if (w.length < 5 || ACRONYM.test(t.text) || w.includes("-") || /(?:ss|'s|’s)$/u.test(w)) return false;
  const stem = w.slice(0, -1);
  if (lex.knownSurnames.has(stem) || lex.register.bySurname.has(stem) || lex.register.byFirst.has(stem)) return false;
  return !lex.nonPersonWords.has(stem) && !lex.nonPersonWords.has(w) && !PLACE_STEM.test(stem);
}

/**
 * A genitive in -s opening a sentence before a noun ("Hartigs archäologische Funde", "Kobriks Arzt"): a person's
 * unless a nominalised adjective ("Östliches"), a word in -us ("Tourismus") or a place in -a ("Birmas").
 */
export function openingGenitive(t: Token, lex: PersonLexicon): boolean {
  const w = t.lower;
  if (/(?:[^aeiou]es|us)$/u.test(w) || (w.endsWith("as") && !lex.givenNames.has(w.slice(0, -1)))) return false;
  return personGenitive(t, lex);
}

/** Whether a noun phrase without article starts at tokens[k]: a capitalised noun, maybe after an adjective ("erstes Gedicht"), which a year may open ("1921 erschienener Roman"). */
export function headNounAfter(tokens: Token[], k: number): boolean {
  // a year before an attribute and its noun ("Tarvos 1921 erschienener Roman", "Tarvos 1921 erschienenen Roman")
  if (yearAt(tokens, k)) {
    const a = tokens[k + 4];
    const n = tokens[k + 5];
    return !!a?.word && !a.cap && attributiveEnding.test(a.lower) && !!n?.word && n.cap;
  }
  const t = tokens[k];
  if (!t?.word) return false;
  // any noun, also a kin word or title ("Daniels Cousine", "Pruett Vater")
  if (t.cap) return true;
  // an inflected adjective ("geistlichem Bruder", "baldiger Abreise"), a superlative ("erfolgreichste Saison"), no past tense in -te,
  // or two of them ("drittes großes Projekt", "jüngster großer Erfolg")
  if (!inflectedAdjective(t)) return false;
  const n = tokens[k + 1];
  if (n?.cap && n.word) return true;
  // with two, neither is a function word ("sowie jeglicher Konsum", "eine neue Koalition")
  return !!n && inflectedAdjective(n) && !closedClassWords.has(t.lower) && !closedClassWords.has(n.lower) && !!tokens[k + 2]?.cap && tokens[k + 2].word;
}

/** A lower-case word with an adjective's ending that is no past tense in -te (a superlative in -ste is kept). */
function inflectedAdjective(t: Token): boolean {
  return t.word && !t.cap && /(?:e|er|es|em)$/u.test(t.lower) && (!/te$/u.test(t.lower) || /[^s]ste$/u.test(t.lower));
}
