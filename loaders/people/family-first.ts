import {familyFirstSurnames} from "../lang/de/family-first-surnames.js";

const FAMILY_FIRST = new Set(familyFirstSurnames);

/** One pinyin syllable (tone marks removed): initial, then final. */
const PINYIN = "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|er|ia|ie|iu|ua|uo|ui|ue|a|o|e|i|u|v)";
/** A given name of one to three pinyin syllables written as one word: "Jianguo", "Qiang". */
const PINYIN_NAME = new RegExp(`^(?:${PINYIN}){1,3}$`);
/** Syllables joined by hyphens, the way Chinese and Korean given names are romanised: "Jian-guo", "Ji-hoon". */
const HYPHENATED_SYLLABLES = /^\p{Lu}\p{Ll}{0,5}(?:-\p{L}\p{Ll}{0,5}){1,2}$/u;

/**
 * Whether "given surname" as the people finder split it is an East-Asian name in family-name-first
 * order: the first word is a common Chinese or Korean family name and the rest reads as a given name
 * of such a name (hyphenated syllables, "Jian-guo", or pinyin syllables written as one word, "Jianguo").
 * For such a name a later mention by the first word alone ("Chen sagte") names the same person.
 */
export function familyFirst(given: string, surname: string): boolean {
  if (!FAMILY_FIRST.has(given.toLowerCase()) || /\s/.test(surname)) return false;
  if (HYPHENATED_SYLLABLES.test(surname)) return true;
  return PINYIN_NAME.test(surname.toLowerCase().normalize("NFD").replace(/\p{M}/gu, ""));
}
