import {familyFirstSurnames} from "../lang/de/family-first-surnames.js";

const FAMILY_FIRST = new Set(familyFirstSurnames);

/** Finals of pinyin syllables (tone marks removed); after j, q and x only those that start with i or u (ü). */
const FINALS = "iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|a|o|e|i|u";
const JQX_FINALS = "iang|iong|ian|iao|ing|ia|ie|iu|in|i|uan|ue|un|u";
/** A syllable with an initial: j, q and x only before i or u, v (ü) only after l and n. */
const WITH_INITIAL = `(?:(?:zh|ch|sh|[bpmfdtnlgkhrzcsyw])(?:${FINALS})|[jqx](?:${JQX_FINALS})|[ln]ve?)`;
/**
 * A given name of one to three pinyin syllables written as one word: "Jianguo", "Qiang", "Erlang". Only the first
 * syllable may lack an initial ("er" stands only so): pinyin marks a later vowel-initial syllable with an apostrophe
 * ("Xi'an"). Western surnames mostly break these rules ("Fisher" has "sher", "Marvin" "rv", "Jensen" "jen",
 * "Basinger" a bare "er"), so they do not pass.
 */
const PINYIN_NAME = new RegExp(`^(?:${WITH_INITIAL}|${FINALS}|er)${WITH_INITIAL}{0,2}$`);
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
