import {partyNames} from "../lang/de/bare-name-words.js";
import {isCommonNoun} from "../lang/de/common-nouns.js";
import type {Token} from "./tokens.js";

/** Words of a name after its article: "der Sozialen Liste", "der Vereinigten Linken Mitte". */
const MAX_NAME_WORDS = 3;
/** A capitalised adjective in the genitive or dative after "der": "Sozialen", "Grünen". */
const WEAK_ADJECTIVE = /^\p{Lu}\p{Ll}+en$/u;
/** An acronym: "der GdP", "der IG BCE" (its last word). */
const ACRONYM = /^\p{Lu}[\p{Lu}\d]{1,5}$/u;
/** A plural of inhabitants or members ("der Kölner", "der Steuerberater"): people, not an organisation's name. */
const PEOPLE_PLURAL = /er$/u;
/** Party names that are also common nouns or adjectives ("der Grünen", "der Linken"), lower case. */
const PARTIES = partyNames;

/**
 * The organisation a role's genitive complement names, in the nominative, or "": "Verhandlungsführer der
 * Sozialen Liste" → "Soziale Liste" (capitalised adjectives before a noun make it a name), "Sprecherin der GdP"
 * → "GdP" (an acronym), "Chef der Acme" (a word that is no noun, not even as a compound). A common noun is no
 * organisation's name ("Sprecher der Stadt", "der Arbeitsgruppe"), nor a plural of people ("der Kölner"), nor a
 * masculine or neuter genitive ("des …"), whose nominative the words alone do not tell. A party's name that is also a
 * noun (`partyAbbreviations`: "der Grünen" → "Grüne", "der Linken" → "Linke") is one.
 */
export function genitiveOrganisation(complement: readonly Token[]): string {
  const words = complement.filter((t) => t.word);
  if (words[0]?.lower !== "der" || words.length < 2 || words.length > MAX_NAME_WORDS + 1) return "";
  const name = words.slice(1);
  if (!name.every((t) => t.cap)) return "";
  const noun = name[name.length - 1];
  const adjectives = name.slice(0, -1);
  if (!adjectives.every((t) => WEAK_ADJECTIVE.test(t.text))) return "";
  if (!adjectives.length && PARTIES.has(noun.lower)) return noun.text.replace(/(?<=e)n$/u, "");
  if (!adjectives.length && !ACRONYM.test(noun.text) && (isCommonNoun(noun.lower) || PEOPLE_PLURAL.test(noun.lower))) return "";
  return [...adjectives.map((t) => t.text.slice(0, -1)), noun.text].join(" ");
}
