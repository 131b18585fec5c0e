import {abstractNounSuffixes} from "../lang/de/inflection.js";
import {joinedText, textsOf} from "./found-mention.js";
import type {PersonLexicon} from "./lexicon.js";
import {placeOnlyPrepositions} from "../lang/de/bare-name-words.js";
import {englishFunctionWords} from "../lang/de/closed-class.js";
import {epithetAdjectiveStems, epithetNouns, nobilityTitles, rulerTitles} from "../lang/de/person-roles.js";
import {nameGoesOn} from "./particle-names.js";
import {nameCompoundHeads} from "../lang/de/person-heads.js";
import {ACRONYM, INITIAL, isGiven, isSurnameCandidate, ROMAN} from "./name-shape.js";
import {closedClassWords} from "./closed-class.js";
import {roleNoun} from "./roles.js";
import type {Token} from "./tokens.js";

/** Place names that start like a person's name: "St. Anna", "Santa Maria", "Lake Harriet". */
const PLACE_PREFIXES = new Set(["st", "st.", "sankt", "santa", "san", "santo", "são", "monte", "lake", "mount", "saint", "sainte", "fort", "port", "cape", "kap"]);
/** Words before a month name ("im August", "Anfang Juni"). */
const MONTH_OPENERS = new Set(["im", "seit", "bis", "vom", "zum", "anfang", "mitte", "ende", "ab"]);
const PLACE_ONLY = new Set(placeOnlyPrepositions);
const ENGLISH = new Set(englishFunctionWords);
const NOBILITY = nobilityTitles;
/** A double quotation mark or guillemet (single quotes also mark nicknames: "'Bruno' war …"). */
const QUOTE = /^["„“”«»]$/u;
const EPITHET_NOUNS = new Set(epithetNouns);
/** An adjective's form in -e that is an epithet of a ruler ("Große", "Rote", "Heilige"). */
const EPITHET_ADJECTIVE = new RegExp(`^(?:${epithetAdjectiveStems.join("|")})e$`, "u");

/** A surname written with an elided particle: "d’Ennery", "d'Estaing", "l’Hôpital". */
const ELIDED_PARTICLE = /^[dl][’']\p{Lu}\p{Ll}+$/u;

/** Particles that may stand between a given name and a surname ("Carl von Linné", "Vincent van Gogh"). */
const STRONG_FIRST = new Set(["von", "van", "zu", "vom", "de", "da", "di", "del", "della", "dos", "du", "bin", "ibn", "al", "el", "ten", "ter", "mac", "le", "la"]);
/** Endings of common nouns and place names that do not continue a name ("Harry Wendeborn Platz", "Halvorsson Expedition"). */
const NOT_SURNAME_ENDING = new RegExp(`(?:(?:${abstractNounSuffixes.join("|")})(?:en)?|ismus|platz|straße|stadt|burg|dorf|heim|hausen|feld|tal|see|bach|kirche|söhne|brüder)$`, "u");
/** Particles that are also prepositions with a fused or following article: no second particle after them ("zu den Halifax Ravens"). */
const PREPOSITION_FIRST = new Set(["zu", "vom"]);

/**
 * A word after a given name that is a surname although it is also a noun or a place:
 * a role noun not followed by another capitalised word ("Karl Richter wegen …", "Maria König"), unless in the feminine ("Anna
 * Sprecherin", "Anna Chefverhandlerin": a role after the name, where Markdown emphasis around it is gone),
 * or a place after a nobility particle ("Karl von Bayern").
 */
function surnameAfterGiven(tokens: Token[], k: number, afterParticle: boolean, lex: PersonLexicon): boolean {
  const t = tokens[k];
  if (!t.word || !t.cap || INITIAL.test(t.text) || ACRONYM.test(t.text)) return false;
  if (afterParticle) return true;
  const next = tokens[k + 1];
  return !!roleNoun(t)?.surnameLike && !lex.nounMarkers.has(t.lower) && !(next?.cap && next.word);
}

/**
 * Whether tokens[k], right after a given name that is also a noun, continues it: a known surname, a capitalised
 * word that may be one and is no genitive in -s nor a dictionary noun ("Polanski"; not "das Tor Mitte", "das Tor
 * Müllers"), or a role noun read as a surname by {@link surnameAfterGiven} ("Herzog"); not a particle, a lower-case
 * word or punctuation. After "des" a dictionary noun may be the surname ("des Ernst Jünger"): the noun itself
 * would take a genitive ending there ("des Ernstes", "des Romans").
 */
function surnameFollows(tokens: Token[], k: number, lex: PersonLexicon): boolean {
  const next = tokens[k];
  if (!next?.word || !next.cap || STRONG_FIRST.has(next.lower)) return false;
  if (lex.knownSurnames.has(next.lower)) return true;
  const bareGenitive = tokens[k - 2]?.lower === "des" && !tokens[k - 1].lower.endsWith("s");
  const plain = isSurnameCandidate(next, lex) && !next.lower.endsWith("s") && (bareGenitive || !lex.commonNoun(next.lower));
  return plain || surnameAfterGiven(tokens, k, false, lex);
}

/** Whether tokens[i] follows a prefix that makes a place of a person's name ("St. Thomas", "Santa Maria", "Lake Harriet"). */
export function afterPlacePrefix(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const before = prev?.text === "." ? tokens[i - 2] : prev;
  return !!before && PLACE_PREFIXES.has(before.lower);
}

/**
 * Whether tokens[i] is a ruler's title or honorific (lang/de/person-roles.ts rulerTitles) and not a given name: no plain surname
 * follows it, one that is no given name, particle or register name and after which the name does not go on with a nasab or the Arabic
 * article ("Emir Kusturica" is a name; "Emir von Katar", "Emir Tamim bin Hamad", "der Emir sagte" are titles).
 */
export function rulerTitleAt(tokens: Token[], i: number, lex: PersonLexicon): boolean {
  if (!rulerTitles.has(tokens[i].lower)) return false;
  const next = tokens[i + 1];
  if (!next?.cap || !next.word || next.start !== tokens[i].end + 1) return true;
  return STRONG_FIRST.has(next.lower) || isGiven(next, lex) || lex.register.byFirst.has(next.lower) || !isSurnameCandidate(next, lex) || nameGoesOn(tokens, i + 1);
}

/** Given name(s), optional particles, then a surname. */
export function nameRun(tokens: Token[], i: number, lex: PersonLexicon): {last: number; given: string[]; surname: string} | null {
  // every name run opens with a given name (the loop below): test that first, the cheapest exit
  if (!isGiven(tokens[i], lex)) return null;
  // "der Emir von Katar", "Katars Emir", "Emir Tamim bin Hamad …": a ruler's title that is a given name too is the title
  if (rulerTitleAt(tokens, i, lex)) return null;
  const prev = tokens[i - 1];
  // "St. Anna", "Santa Maria", "Lake Harriet": a place named after a person
  if (afterPlacePrefix(tokens, i)) return null;
  // "San Francisco", "Santa Maria": the prefix itself opens a place name
  if (PLACE_PREFIXES.has(tokens[i].lower)) return null;
  // "im August", "Anfang Mai": a month, not a given name
  if (prev && MONTH_OPENERS.has(prev.lower) && lex.nonPersonWords.has(tokens[i].lower)) return null;
  // "22. August", "am 3. Mai": a date, not a given name
  const dated = prev && (/^\d/.test(prev.text) || (prev.text === "." && /^\d/.test(tokens[i - 2]?.text ?? "")));
  if (dated && (lex.ambiguousGivenNames.has(tokens[i].lower) || lex.nonPersonWords.has(tokens[i].lower))) return null;
  // "Der Roman von …", "die Rose blüht": after an article a given name that is also a noun is the noun,
  // unless a surname follows it ("des Ernst Jünger", "des Roman Herzog")
  if (prev && lex.nounMarkers.has(prev.lower) && lex.ambiguousGivenNames.has(tokens[i].lower) && lex.commonNoun(tokens[i].lower) && !surnameFollows(tokens, i + 1, lex)) return null;
  // "Allen Kindern", "Will Beteiligte": a given name that is a closed-class word too ("allen", "will"), before a common noun, is that word
  if (closedClassWords.has(tokens[i].lower) && tokens[i + 1]?.cap && lex.commonNoun(tokens[i + 1].lower)) return null;
  // "The Miriam Tapes", "Goofy and Wilbur": part of an English title
  if (prev && ENGLISH.has(prev.text)) return null;
  let j = i;
  while (j < tokens.length && isGiven(tokens[j], lex) && !(j > i && ROMAN.test(tokens[j].text))) j++;
  if (j === i) return null;
  const given = tokens.slice(i, j).map((t) => t.text);
  // "z. B. Brush": the initial ends an abbreviation
  if (INITIAL.test(given[0]) && (/^\p{Ll}\.$/u.test(prev?.text ?? "") || (prev?.text === "." && /^\p{Ll}$/u.test(tokens[i - 2]?.text ?? "")))) return null;
  // Günther "Sektkorken" Rilst: a nickname in quotation marks between given name and surname
  if (QUOTE.test(tokens[j]?.text ?? "") && tokens[j + 1]?.cap && tokens[j + 1].word && QUOTE.test(tokens[j + 2]?.text ?? "") && tokens[j + 3] && isSurnameCandidate(tokens[j + 3], lex) && !(tokens[j + 4]?.cap && tokens[j + 4].word)) {
    return {last: j + 3, given, surname: tokens[j + 3].text};
  }
  let k = j;
  // "Karl Freiherr von Stein", "Otto Graf Lambsdorff": a title of nobility between given name and surname is part of the name
  const titled = NOBILITY.has(tokens[k]?.lower ?? "") && !!tokens[k + 1] && (STRONG_FIRST.has(tokens[k + 1].lower) || (isSurnameCandidate(tokens[k + 1], lex) && !isGiven(tokens[k + 1], lex)));
  if (titled) k++;
  if (k < tokens.length && STRONG_FIRST.has(tokens[k].lower)) {
    k++;
    // "von der Leyen", "van den Bosch", "de la Cruz"; not "zu den …", "vom …"
    if (k < tokens.length && lex.nameParticles.has(tokens[k].lower) && !PREPOSITION_FIRST.has(tokens[k - 1].lower)) k++;
  }
  const candidate = tokens[k];
  // "Jackie Chan-Film", "Angela Merkel-Regierung": a compound named after the person, no mention of them
  if (candidate && nameCompound(candidate.text)) return null;
  // "Adolphe d’Ennery", "Valéry Giscard d'Estaing": a surname with an elided particle
  if (candidate && k === j && ELIDED_PARTICLE.test(candidate.text)) return {last: k, given, surname: candidate.text};
  if (candidate && !ROMAN.test(candidate.text) && (isSurnameCandidate(candidate, lex) || surnameAfterGiven(tokens, k, k > j, lex))) {
    // "Anton Tiburzius Freiherr von Halbeck": a part the lists lack, then a title of nobility: all parts before the title are given names
    if (k === j && !titled) {
      const tail = titledTail(tokens, k + 1, lex);
      if (tail) return {last: numeral(tokens, tail.last), given: [...given, ...textsOf(tokens, k, tail.title)], surname: joinedText(tokens, tail.title + 1, tail.last)};
      // "Gotthold Ephraim Lessing", "John Ellery Whitcombe Harlow": further name parts before the surname
      const end = furtherParts(tokens, k, lex);
      if (end > k) return {last: numeral(tokens, end), given: [...given, ...textsOf(tokens, k, end)], surname: tokens[end].text};
    }
    // "Ursula von der Leyen": the particles are part of the surname
    return {last: numeral(tokens, k), given, surname: tokens.slice(titled ? j + 1 : j, k + 1).map((t) => t.text).join(" ")};
  }
  // "Karl der Große": given name with an epithet
  if (given.length === 1 && (tokens[j]?.lower === "der" || tokens[j]?.lower === "die") && epithetAt(tokens, j + 1)) {
    return {last: j + 1, given, surname: ""};
  }
  if (INITIAL.test(given[0])) return null;
  if (given.length >= 2 && !INITIAL.test(given[given.length - 1])) return {last: numeral(tokens, j - 1), given: given.slice(0, -1), surname: given[given.length - 1]};
  const after = numeral(tokens, i);
  // "Kill Bill", "Aston Martin": after a capitalised word that is no noun or role (and not just the sentence's first word), a lone given name ends a longer name
  if (given.length === 1 && after === i && prev?.cap && prev.word && prev !== tokens[0] && !roleNoun(prev) && !lex.nonPersonWords.has(prev.lower) && !lex.commonNoun(prev.lower)) return null;
  // «Romy», „Ariel“: a lone given name in quotation marks is a title
  if (given.length === 1 && after === i && prev && QUOTE.test(prev.text) && QUOTE.test(tokens[i + 1]?.text ?? "")) return null;
  // "in Sienna", "aus Hagen": a place; "eine Madonna": a common noun
  if (given.length === 1 && after === i && prev && (PLACE_ONLY.has(prev.lower) || (lex.commonNoun(tokens[i].lower) && lex.nounMarkers.has(prev.lower)))) return null;
  if (given.length === 1 && (after > i || !(lex.ambiguousGivenNames.has(given[0].toLowerCase()) || lex.nonPersonWords.has(given[0].toLowerCase())))) return {last: after, given, surname: ""};
  return null;
}

/**
 * The index of the title and of the surname when tokens from m hold listed given names (maybe none), a title of nobility,
 * a particle or two and a surname ("Josef Freiherr von Halbeck", "Graf von der Weltersheim"), else null: the title shows that
 * the name parts before it were given names.
 */
function titledTail(tokens: Token[], m: number, lex: PersonLexicon): {title: number; last: number} | null {
  let k = m;
  while (k - m < 3 && tokens[k] && isGiven(tokens[k], lex) && !NOBILITY.has(tokens[k].lower)) k++;
  const title = k;
  if (!NOBILITY.has(tokens[title]?.lower ?? "") || !STRONG_FIRST.has(tokens[title + 1]?.lower ?? "")) return null;
  k = title + 2;
  if (tokens[k] && lex.nameParticles.has(tokens[k].lower) && !PREPOSITION_FIRST.has(tokens[k - 1].lower)) k++;
  const surname = tokens[k];
  return surname?.word && surname.cap && isSurnameCandidate(surname, lex) ? {title, last: k} : null;
}

/**
 * Index of the last of up to three name parts that follow the name part at tokens[k]
 * ("Mikkel Brandt Sørlund", "John Ellery Whitcombe Harlow"), or k. Each part is a
 * surname candidate written right after the one before, which is no genitive in -s;
 * parts that end like a noun or place count only when they are known surnames,
 * and a run followed by one more capitalised word is not taken ("Harry Wendeborn Platz").
 */
function furtherParts(tokens: Token[], k: number, lex: PersonLexicon): number {
  let end = k;
  while (end - k < 3) {
    const next = tokens[end + 1];
    // a listed given name starts the next person's name ("Paul Weber Karl Ritter")
    if (!next || next.start !== tokens[end].end + 1 || !isSurnameCandidate(next, lex) || isGiven(next, lex)) break;
    // a part in -s before a noun is a genitive ("Paul Webers Gemälde"); before another name part it is a name ("Eduardo Pires Lobato")
    if (!lex.knownSurnames.has(next.lower) && ((tokens[end].lower.endsWith("s") && lex.commonNoun(next.lower)) || (next.lower.length > 4 && NOT_SURNAME_ENDING.test(next.lower)))) break;
    // "Peter Ramsauer Bedenken": after a known surname a dictionary noun is the object, not a name part
    if (lex.knownSurnames.has(tokens[end].lower) && lex.commonNoun(next.lower) && !lex.knownSurnames.has(next.lower)) break;
    end++;
  }
  const after = tokens[end + 1];
  return after?.cap && after.word ? k : end;
}

/** Extends a name over a following regnal numeral or suffix ("Joseph II.", "Downey Jr."). */
export function numeral(tokens: Token[], last: number): number {
  // "Martin Luther King, Jr.": a suffix after a comma
  if (tokens[last + 1]?.text === "," && /^(?:Jr|Sr)\.?$/u.test(tokens[last + 2]?.text ?? "")) return last + 2;
  const end = numeralOnly(tokens, last);
  // "Friedrich II. von Preußen"
  if (end > last && (tokens[end + 1]?.lower === "von" || tokens[end + 1]?.lower === "zu") && tokens[end + 2]?.cap && tokens[end + 2].word) return end + 2;
  return end;
}

function numeralOnly(tokens: Token[], last: number): number {
  const next = tokens[last + 1];
  if (!next || !ROMAN.test(next.text) || next.text.endsWith(".")) return next && ROMAN.test(next.text) ? last + 1 : last;
  const stop = tokens[last + 2];
  // the full stop of an ordinal numeral belongs to it, also when set apart ("Gregor XVI . viel"); set apart at the sentence's end it is the sentence's own ("… Ottos IV .")
  return stop?.text === "." && (stop.start === next.end || (stop.start - next.end === 1 && last + 3 < tokens.length)) ? last + 2 : last + 1;
}

/**
 * A name written surname first, as in lists of works: "Helmbricht, Jürgen: …", "Brochnow, Dave (2006)",
 * "Henning, H.: …". The surname opens the entry (text start, "*", a number or punctuation before it)
 * and a colon, bracket, comma or the end follows the given name. Returns the last token index, or -1.
 */
export function invertedNameAt(tokens: Token[], i: number, lex: PersonLexicon): number {
  if (tokens[i + 1]?.text !== ",") return -1;
  const prev = tokens[i - 1];
  if (prev && prev.word) return -1;
  if (!isSurnameCandidate(tokens[i], lex) || lex.givenNames.has(tokens[i].lower)) return -1;
  let k = i + 2;
  if (!tokens[k] || !isGiven(tokens[k], lex)) return -1;
  while (tokens[k + 1] && INITIAL.test(tokens[k + 1].text)) k++;
  const after = tokens[k + 1];
  return !after || /^[:(,;]$/u.test(after.text) ? k : -1;
}

/** Whether a word is a compound of a name and a capitalised head after a hyphen that names a thing or group ("Chan-Film", "Merkel-Regierung"). */
export function nameCompound(text: string): boolean {
  const dash = text.lastIndexOf("-");
  return dash > 0 && /^\p{Lu}/u.test(text.slice(dash + 1)) && nameCompoundHeads.has(text.slice(dash + 1).toLowerCase());
}

/**
 * Whether tokens[k], after a lone given name and "der"/"die", is the name's epithet: a listed adjective's form in -e ("Karl der Große",
 * "Erik der Rote") or a listed epithet noun ("Heinrich der Löwe"), with no capitalised word after it ("der Erste Bürgermeister") and no
 * role ("der Kaiser").
 */
function epithetAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t?.cap || !t.word || roleNoun(t)) return false;
  // an adjective or noun before a capitalised word opens a role's, firm's or thing's name in the dative
  // ("gratulierte Lukas der Erste Bürgermeister", "dankte Peter der Bayer AG", "spendete Eva der Rote Kreuz …")
  const after = tokens[k + 1];
  if (after?.cap && after.word) return false;
  return EPITHET_ADJECTIVE.test(t.lower) || EPITHET_NOUNS.has(t.lower);
}
