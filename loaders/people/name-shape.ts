import {multiLetterInitials} from "../lang/de/abbreviations.js";
import {attributiveEnding} from "../lang/de/inflection.js";
import {adjectiveLookalikes} from "../lang/de/closed-class.js";
import {firmPartners, groupNounHeads, institutionHeads, organisationNameTails} from "../lang/de/non-person-words.js";
import type {PersonLexicon} from "./lexicon.js";
import {roleNoun} from "./roles.js";
import type {Token} from "./tokens.js";

/** Shape tests shared by the mention rules: initials, acronyms, numerals, given names, surname candidates. */

/** An initial: "J.", also the initials of two or three letters of {@link multiLetterInitials} ("Ch.", "Chr.", "Th."). */
export const INITIAL = new RegExp(`^(?:\\p{Lu}|${multiLetterInitials.join("|")})\\.$`, "u");
/** The longest initial with its dot. */
const INITIAL_MAX = Math.max(2, ...multiLetterInitials.map((i) => i.length + 1));
/** An acronym or code: "SPD", "G7". */
export const ACRONYM = /^[\p{Lu}\d]{2,}$/u;
/** A regnal numeral or suffix: "II", "XVI.", "Jr.". */
export const ROMAN = /^(?:[IVX]{1,5}|Jr|Sr)\.?$/u;
/** Whether text is an initial ("J."): a cheap test of the last character before the regex. */
export function isInitial(text: string): boolean {
  return text.length <= INITIAL_MAX && text.charCodeAt(text.length - 1) === 46 && INITIAL.test(text);
}

/** Whether text is an acronym or code ("SPD", "G7"): a lower-case ASCII second letter rules it out before the regex. */
function isAcronym(text: string): boolean {
  const second = text.charCodeAt(1);
  return !(second >= 97 && second <= 122) && ACRONYM.test(text);
}

/** Whether text holds an ASCII digit. */
function hasDigit(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

/** Words that join two names ("Trump und Putin"). */
export const COORDINATORS = new Set(["und", "oder", "sowie", "&"]);

/** Whether the token is a listed given name or an initial (also "Hans-Peter" when each part is listed). Kept on the token, with the list it was read against. */
export function isGiven(t: Token, lex: PersonLexicon): boolean {
  if (!t.cap || !t.word) return false;
  if (t.givenList === lex.givenNames) return t.given!;
  t.givenList = lex.givenNames;
  return (t.given = givenReading(t, lex));
}

function givenReading(t: Token, lex: PersonLexicon): boolean {
  if (lex.givenNames.has(t.lower)) {
    // "MAX", "EVE": a word in capitals is an acronym or a title, not a given name
    const second = t.text.charCodeAt(1);
    return !(second >= 65 && second <= 90);
  }
  if (isInitial(t.text)) return true;
  const dash = t.lower.indexOf("-");
  // "Hans-Peter", "Wolf-Heinrich": every part a given name, one of them unambiguous
  if (dash <= 0) return false;
  const parts = t.lower.split("-");
  return parts.every((p) => lex.givenNames.has(p) || lex.ambiguousGivenNames.has(p)) && parts.some((p) => lex.givenNames.has(p) && !lex.ambiguousGivenNames.has(p));
}

/**
 * Whether the token can be a surname: a capitalised word that is no initial, acronym, non-person word or role noun.
 * Kept on the token (many rules ask about the same word), with the non-person list it was read against.
 */
export function isSurnameCandidate(t: Token, lex: PersonLexicon): boolean {
  if (!t.word || !t.cap) return false;
  if (t.surnameList === lex.nonPersonWords) return t.surname!;
  t.surnameList = lex.nonPersonWords;
  return (t.surname = !isInitial(t.text) && !isAcronym(t.text) && !lex.nonPersonWords.has(t.lower) && !roleNoun(t) && !hasDigit(t.text));
}

const NOT_ATTRIBUTE = new Set(adjectiveLookalikes);

/** Whether the token is a lower-case word ending like an attributive adjective ("bekannten", "erstes"), so the noun after it is a common noun. */
export function attributive(t: Token | undefined): boolean {
  return !!t && t.word && !t.cap && attributiveEnding.test(t.lower) && !NOT_ATTRIBUTE.has(t.lower);
}

const ORG_AFTER = new Set(organisationNameTails);
const FIRM_PARTNERS = new Set(firmPartners);
const ORG_BEFORE = new RegExp(`(?:${institutionHeads.join("|")})$`, "u");

/** Whether tokens[first..last], read as a person's name, is part of an organisation's or place's name. */
export function partOfOrgName(tokens: Token[], first: number, last: number): boolean {
  const after = tokens[last + 1];
  if (after && (ORG_AFTER.has(after.lower) || (after.text === "&" && FIRM_PARTNERS.has(tokens[last + 2]?.lower ?? "")))) return true;
  if (ORG_AFTER.has(tokens[last].lower)) return true;
  let before = tokens[first - 1];
  if (before && /^["„“«»]$/u.test(before.text)) before = tokens[first - 2];
  return !!before && before.cap && before.word && ORG_BEFORE.test(before.lower);
}

/** A double-barrelled name: two plain capitalised parts joined by a hyphen ("Hendl-Fink", "Kreutz-Vogel"). */
const DOUBLE_BARRELLED = /^(\p{Lu}\p{Ll}+)-\p{Lu}\p{Ll}+$/u;

/**
 * Whether a capitalised word reads as a common noun where a surname may stand: a noun of the dictionary (a hyphenated
 * word by its last part, "Gitarren-Lehrer"), unless it is a double-barrelled name whose first part is no noun, place or
 * firm ("Hendl-Fink", not "Gitarren-Fink" or "Berlin-Mitte") and no known surname, which names a thing after a person
 * ("Davis-Cup").
 */
export function surnameNoun(t: Token, lex: PersonLexicon): boolean {
  if (!lex.commonNoun(t.lower)) return false;
  const first = DOUBLE_BARRELLED.exec(t.text)?.[1].toLowerCase();
  return !first || lex.commonNoun(first) || lex.placesAndOrganisations.has(first) || lex.nonPersonWords.has(first) || lex.knownSurnames.has(first);
}

/** A lower-cased double-barrelled word: two parts of three letters or more, the second of five or more ("kurtz-gallenstein"). */
const DOUBLE_LOWER = /^(\p{Ll}{3,})-(\p{Ll}{5,})$/u;
const GROUP_HEADS = new Set(groupNounHeads);

/**
 * Whether a lower-cased hyphenated word is a double-barrelled name although its last part is a noun ("Kranz-Nierenstein",
 * "Rabmer-Koller"): the first part is no noun, place, firm, non-person word or known surname, and the last part has five
 * letters or more ("-Team" is too short) and names no group a person leads ("Merz-Regierung", "Hasenhüttl-Truppe").
 */
export function doubleBarrelledName(lower: string, lex: PersonLexicon): boolean {
  const m = DOUBLE_LOWER.exec(lower);
  if (!m || GROUP_HEADS.has(m[2])) return false;
  const first = m[1];
  return !lex.commonNoun(first) && !lex.placesAndOrganisations.has(first) && !lex.nonPersonWords.has(first) && !lex.knownSurnames.has(first);
}

/** Dictionary nouns this short are as often a given name: clipped words and abbreviations spelled like one ("Kat", "Iris", "Mark"). */
const SHORT_NOUN_MAX = 4;

/** Whether a word before a known surname is a common noun, not an unlisted given name: longer than SHORT_NOUN_MAX ("Dauerthema Merkel"). */
export function headlineNoun(prev: Token, lex: PersonLexicon): boolean {
  return prev.lower.length > SHORT_NOUN_MAX && lex.commonNoun(prev.lower);
}
