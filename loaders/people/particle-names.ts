import {abstractNounSuffixes} from "../lang/de/inflection.js";
import {ARABIC_ARTICLE_SURNAME, ARABIC_ARTICLE_SURNAME_ANY_CASE, arabicGroupAndPlaceNouns, foreignNameParticles, nasabParticles, secondNameParticles} from "../lang/de/name-particles.js";
import {placeNounHeads, placeNouns} from "../lang/de/non-person-words.js";
import type {PersonLexicon} from "./lexicon.js";
import {attributive, INITIAL, isSurnameCandidate} from "./name-shape.js";
import {roleNoun} from "./roles.js";
import type {Token} from "./tokens.js";

/** Arabic nouns that open a group's or place's name before "al-…" (lang/de/name-particles.ts). */
const ARABIC_NOUNS = new Set(arabicGroupAndPlaceNouns);
/** Nouns of places and institutions before their name ("die Stadt …", "die Ortschaft …", lang/de/non-person-words.ts). */
const PLACE_NOUNS = new Set(placeNouns);
/** A noun headed by a place or organisation noun, as the word or a compound's last part ("Grenzstadt", "Ölkonzern", "Miliz"). */
const PLACE_HEAD = new RegExp(`^\\p{L}*?(${placeNounHeads.join("|")})$`, "u");
/** A plain capitalised word of letters: a first name as written ("Baschar", "Muqtada"), no compound or abbreviation. */
const PLAIN_GIVEN = /^\p{Lu}\p{Ll}{2,}$/u;

/** Forms of address before a name ("Herr V.", "Frau von Rahmer"). Lower-cased. */
const ADDRESS = new Set(["herr", "herrn", "frau", "fräulein", "dr.", "prof."]);
/** Particles that open a surname written without given name ("de Groot", "van Gaal", "di Lorenzo"); German "von"/"zu" only after a form of address. */
const FOREIGN_PARTICLES = new Set(foreignNameParticles);
const ADDRESS_PARTICLES = new Set([...FOREIGN_PARTICLES, "von", "zu", "vom", "zur"]);
/** Second particles: "van der Sar", "de la Cruz", "von der Leyen". */
const SECOND_PARTICLES = new Set(secondNameParticles);

/**
 * A surname that starts with a particle or stands as an initial, at tokens[i]:
 * after a form of address ("Herr V.", "Frau von Rahmer") or, for foreign
 * particles, after a verb, preposition or role ("machte de Groot", "Marschall de Montbrison").
 * Returns the index of the last token, or -1.
 */
export function particleNameAt(tokens: Token[], i: number, lex: PersonLexicon): number {
  const t = tokens[i];
  // cheap exits first: only initials and lower-case particles open these names
  if (t.cap ? t.text.length !== 2 : !ADDRESS_PARTICLES.has(t.lower)) return -1;
  const prev = tokens[i - 1];
  const addressed = !!prev && ADDRESS.has(prev.lower);
  if (t.cap) return addressed && INITIAL.test(t.text) ? i : -1;
  // "mitternachtskino.de": a particle stands apart from the word before
  if ((prev && prev.end === t.start) || !(addressed || FOREIGN_PARTICLES.has(t.lower))) return -1;
  // "Tour de France", "Rio de Janeiro": after a capitalised word only when that word is a role or title
  if (!addressed && prev?.cap && prev.word && !roleNoun(prev)) return -1;
  let k = i + 1;
  if (tokens[k] && SECOND_PARTICLES.has(tokens[k].lower)) k++;
  const name = tokens[k];
  if (!name || !isSurnameCandidate(name, lex) || name.start !== tokens[k - 1].end + 1) return -1;
  // "de Janeiro Samba", "van Gogh Museum": a following capitalised word makes it a longer name or title
  if (!addressed && tokens[k + 1]?.cap && tokens[k + 1].word) return -1;
  return k;
}

/** Particles inside a name after its first part: foreign ones and Arabic "bin"/"ibn" ("Remy de Castelnau", "Ali bin Hamad"). */
const INNER_PARTICLES = new Set([...FOREIGN_PARTICLES, "bin", "ibn", "ben", "da"]);
/** A surname with the Arabic article: "al-Hussein", "el-Sisi", "ad-Din". */
const ARABIC_ARTICLE = ARABIC_ARTICLE_SURNAME;

/**
 * last + 1 when a surname with the Arabic article follows a name ending at tokens[last] with one space between
 * ("Abu Bakr al-Baghdadi", "Mahmud al-Sarkawi"), else last.
 */
export function arabicSurnameAfter(tokens: Token[], last: number): number {
  const next = tokens[last + 1];
  return next && next.start === tokens[last].end + 1 && ARABIC_ARTICLE.test(next.text) ? last + 1 : last;
}

/**
 * The last token of a name that a role cue found ending at tokens[last], taken on over what ends such names:
 * a particle and a name ("der Kanadier Remy de Castelnau", "der Katarer Ali bin Rashed"), a surname with the
 * Arabic article ("der Tunesier Abu al-Hamran") or an initial with no capitalised word after it ("der Franzose Karim D.").
 * Returns `last` when nothing follows.
 */
export function nameTailAfter(tokens: Token[], last: number, lex: PersonLexicon): number {
  const next = tokens[last + 1];
  if (!next || next.start !== tokens[last].end + 1) return last;
  if (ARABIC_ARTICLE.test(next.text)) return last + 1;
  const after = tokens[last + 2];
  if (INITIAL.test(next.text)) return after?.word && after.cap ? last : last + 1;
  if (!INNER_PARTICLES.has(next.lower) || !after || after.start !== next.end + 1) return last;
  let k = last + 2;
  if (SECOND_PARTICLES.has(tokens[k].lower) && tokens[k + 1]?.start === tokens[k].end + 1) k++;
  const name = tokens[k];
  if (!name || !(ARABIC_ARTICLE.test(name.text) || isSurnameCandidate(name, lex)) || (tokens[k + 1]?.cap && tokens[k + 1].word)) return last;
  return k;
}

/** Endings of nouns the dictionary may lack and of agent nouns: a word with one does not open a seat name. */
const NOUNLIKE = new RegExp(`(?:${[...abstractNounSuffixes, "ismus", "nis", "tum", "ment", "chen", "lein", "ling", "er", "en", "el", "e"].join("|")})$`, "u");

/**
 * "Gerwin von Kaltenau", "Odo von Wettau": a name no list knows, then "von"/"zu" and the seat,
 * the way medieval and noble persons are named. The first word is no noun (dictionary or ending),
 * the seat a lone capitalised word written apart. Returns the seat's index, or -1.
 */
export function seatNameAt(tokens: Token[], i: number, lex: PersonLexicon): number {
  const von = tokens[i + 1];
  if (!von || (von.lower !== "von" && von.lower !== "zu")) return -1;
  const seat = tokens[i + 2];
  const t = tokens[i];
  if (!seat || !isSurnameCandidate(seat, lex) || seat.start !== von.end + 1 || (tokens[i + 3]?.cap && tokens[i + 3].word)) return -1;
  const prev = tokens[i - 1];
  if (!prev || !prev.word || lex.nounMarkers.has(prev.lower) || attributive(prev)) return -1;
  // the dictionary last: shape tests first
  if (NOUNLIKE.test(t.lower) || t.lower.endsWith("s") || t.lower.includes("-") || lex.commonNoun(t.lower) || lex.commonNoun(seat.lower)) return -1;
  return i + 2;
}

/**
 * Whether tokens[i] is a surname with a lower-case Arabic article standing alone ("sagte al-Hadri", "laut el-Tawil",
 * "Delegationsleiter al-Hadri"): no capitalised word but a role noun written right before it, of whose name it would be the end. Such a word names a person only
 * where the register or a full name of the same text gives that surname ("al-Kaida" stays a group); see mentions.ts.
 */
export function loneArabicSurname(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.cap || !ARABIC_ARTICLE.test(t.text)) return false;
  const prev = tokens[i - 1];
  // "Hamas-Unterhändler al-Chatib": a role noun before it announces the name, it ends no name of its own
  return !(prev && prev.cap && prev.word && prev.end + 1 === t.start && !roleNoun(prev)?.role);
}

/**
 * Whether the lone surname with the Arabic article at tokens[i] (see {@link loneArabicSurname}) follows a role noun written right
 * before it ("Hamas-Unterhändler al-Chatib", "Sprecher el-Tawil"): the role names a person, whatever the text says elsewhere; a
 * place's or organisation's name ("Anführer al-Kaidas") is none.
 */
export function roleArabicSurname(tokens: Token[], i: number, lex: PersonLexicon): boolean {
  const prev = tokens[i - 1];
  if (!prev?.cap || !prev.word || prev.end + 1 !== tokens[i].start || !roleNoun(prev)?.role) return false;
  const lower = tokens[i].text.toLowerCase();
  const stem = lower.endsWith("s") ? lower.slice(0, -1) : lower;
  return !lex.placesAndOrganisations.has(lower) && !lex.placesAndOrganisations.has(stem) && !lex.organisations.has(lower) && !lex.organisations.has(stem) && !lex.nonPersonWords.has(lower);
}

const NASAB = new Set(nasabParticles);

/**
 * Index of the last token of an Arabic full name with a nasab that opens at tokens[i]: a capitalised name, one or more
 * "bin"/"ibn" and a name, then a surname with the Arabic article in either case ("Kasim bin Rashid al-Farouqi",
 * "Qasim bin Rashid Al-Faruqi"), all written one space apart. Without that surname the first word must be a listed
 * given name, or the name is left to the other rules ("Ahmad bin Tariq" is read by nameRun). Else -1.
 */
export function nasabNameAt(tokens: Token[], i: number, lex: PersonLexicon): number {
  const particle = tokens[i + 1];
  // cheap exit first: "bin"/"ibn" right after the word
  if (!particle || !NASAB.has(particle.text) || particle.start !== tokens[i].end + 1) return -1;
  const t = tokens[i];
  if (!t.cap || !t.word || lex.nounMarkers.has(t.lower) || lex.commonNoun(t.lower)) return -1;
  let k = i + 1;
  while (NASAB.has(tokens[k]?.text ?? "") && tokens[k + 1]?.cap && tokens[k + 1].word && tokens[k + 1].start === tokens[k].end + 1) k += 2;
  if (k === i + 1) return -1;
  const end = tokens[k];
  if (!end || end.start !== tokens[k - 1].end + 1) return -1;
  if (ARABIC_ARTICLE_SURNAME_ANY_CASE.test(end.text)) return k;
  // "Rashid bin Hamad Al Thani": the family name with the article written apart
  return articleApartAt(tokens, k) ? k + 1 : -1;
}

/** The Arabic article written apart and capitalised, with a name one space after it: "Al Thani", "El Baradei". */
const APART_ARTICLE = new Set(["Al", "El"]);

/** Whether tokens[k] is the Arabic article written apart ("Al", "El") with a capitalised name right after it ("Al Thani"). */
export function articleApartAt(tokens: Token[], k: number): boolean {
  const name = tokens[k + 1];
  return APART_ARTICLE.has(tokens[k]?.text ?? "") && !!name?.cap && name.word && name.start === tokens[k].end + 1;
}

/**
 * Whether a name runs up to tokens[i] from before it with a nasab ("… bin Hamad" before "Al Thani"): a register form that starts
 * there is the end of a longer name, of another member of the family, and is not read alone.
 */
export function nameGoesBefore(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || prev.end + 1 !== tokens[i].start) return false;
  if (NASAB.has(prev.text)) return true;
  const particle = tokens[i - 2];
  return !!particle && prev.cap && prev.word && NASAB.has(particle.text) && particle.end + 1 === prev.start;
}

/**
 * Whether a name goes on after tokens[last] ("Scheich Kasim" before "bin Rashid al-Farouqi"): a nasab particle and a name,
 * or a surname with the Arabic article, written one space after it. A register form that ends there is part of a longer name.
 */
export function nameGoesOn(tokens: Token[], last: number): boolean {
  const next = tokens[last + 1];
  if (!next || next.start !== tokens[last].end + 1) return false;
  if (ARABIC_ARTICLE_SURNAME_ANY_CASE.test(next.text)) return true;
  const after = tokens[last + 2];
  return NASAB.has(next.text) && !!after?.cap && after.word && after.start === next.end + 1;
}

/** A German noun headed by a place or organisation noun before a name ("Grenzstadt", "Ölkonzern"; `placeNounHeads`). */
function placeCompound(t: Token, lex: PersonLexicon): boolean {
  const head = t.cap && t.word ? PLACE_HEAD.exec(t.lower) : null;
  if (!head) return false;
  // the whole word a noun, or its first part one ("Öl|konzern", which the dictionary lacks as a whole)
  const first = t.lower.slice(0, t.lower.length - head[1].length);
  return !first || lex.commonNoun(t.lower) || (first.length >= 2 && lex.commonNoun(first));
}

/**
 * The token of a surname with the Arabic article right after an unlisted first name ("Baschar al-Assad", "Muqtada al-Sadr"), or -1:
 * the first word is a capitalised plain word that no list gives as a noun, place, organisation or non-person word, nor an Arabic noun
 * that opens a group's or place's name ("Dschabhat al-…", "Ain al-…", lang/de/name-particles.ts), no place noun stands before it
 * ("die Stadt Maarat al-Numan", also a compound headed by one: "die Grenzstadt …", "der Ölkonzern …"), and no capitalised word follows the surname ("Tell al-Abjad Bahn" names a thing).
 */
export function unlistedGivenArabicSurname(tokens: Token[], i: number, lex: PersonLexicon): number {
  const t = tokens[i];
  if (!PLAIN_GIVEN.test(t.text) || ARABIC_NOUNS.has(t.lower) || !isSurnameCandidate(t, lex)) return -1;
  // "die Stadt Maarat al-Numan", "in der Ortschaft Kafr al-Hakim": a place noun in apposition names a place
  // "in der Grenzstadt …", "der Ölkonzern …": a compound headed by a place or organisation noun, if it is a German noun ("Roland" is none)
  if (i > 0 && (PLACE_NOUNS.has(tokens[i - 1].lower) || placeCompound(tokens[i - 1], lex))) return -1;
  const last = arabicSurnameAfter(tokens, i);
  if (last === i || (tokens[last + 1]?.cap && tokens[last + 1].word)) return -1;
  const stem = t.lower.endsWith("s") ? t.lower.slice(0, -1) : t.lower;
  if (lex.commonNoun(t.lower) || lex.placesAndOrganisations.has(t.lower) || lex.placesAndOrganisations.has(stem) || lex.organisations.has(t.lower)) return -1;
  return last;
}
