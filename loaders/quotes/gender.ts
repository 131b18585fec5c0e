/**
 * Grammatical gender and number for linking pronoun speakers to people: a
 * "sagte sie" is no man's, a "sagte er" no woman's. A person's gender comes
 * from the given name (lang/de/given-name-gender.ts: the name lists of
 * gender-detection-from-name where those that know the name agree), else
 * from a role noun in -in ("Sprecherin", "Präsidentin") against its masculine
 * form, else from a form of address ("Frau", "Herr"); unknown otherwise.
 */
import {femaleGivenNames as FEMALE_NAMES, maleGivenNames as MALE_NAMES} from "../lang/de/given-name-gender.js";
import {roleHeads} from "../lang/de/person-roles.js";
import {adjectivalGender, withoutTenure} from "../people/roles.js";
import {femaleAddress, femininePluralPronouns, maleAddress, masculinePronouns, unisexGivenNames} from "../lang/de/speakerWords.js";
import type {MentionRow} from "../types.js";
import {UPPER_START} from "./tokens.js";

/** "m" a man, "f" a woman, "" unknown. */
export type Gender = "m" | "f" | "";

const MASCULINE = new Set(masculinePronouns);
const FEMININE_PLURAL = new Set(femininePluralPronouns);
const FEMALE_ADDRESS = new Set(femaleAddress);
const UNISEX = new Set(unisexGivenNames);
const MALE_ADDRESS = new Set(maleAddress);
const ROLE = new RegExp(`(?:${roleHeads.join("|")})(in|innen)?$`, "u");
const FEMININE_HEAD = /(?:frau|frauen|in|innen)$/u;

/** The gender a given name has ("Angela" f, "Wladimir" m; "Hans-Peter" by its first part), "" when unknown or borne by both. */
export function givenNameGender(given: string): Gender {
  const name = given.toLowerCase();
  const first = name.split(/[-\s]/)[0];
  for (const n of [name, first]) {
    if (!n || UNISEX.has(n)) return "";
    if (FEMALE_NAMES.has(n)) return "f";
    if (MALE_NAMES.has(n)) return "m";
  }
  return "";
}

/** The gender a role noun shows ("Sprecherin" f, "Kreml-Sprecher" m), "" for no role noun. */
export function roleGender(role: string): Gender {
  for (const part of role.toLowerCase().split(/[;,]\s*/)) {
    const head = withoutTenure(part).split(/\s+/)[0];
    if (!head) continue;
    if (FEMALE_ADDRESS.has(head)) return "f";
    if (MALE_ADDRESS.has(head)) return "m";
    // "Landesvorsitzende" is a woman's (feminineRole); "Landesvorsitzender" may be anyone's, since roleNoun gives it
    // whenever the text does not show the gender
    if (adjectivalGender(head) === "f") return "f";
    const match = ROLE.exec(head);
    // a head that is feminine itself: "Landeshauptfrau", "Klubobfrau", "Prinzessin"
    if (match) return match[1] || FEMININE_HEAD.test(head) ? "f" : "m";
  }
  return "";
}

/** The gender of the person a mention names: given name, then role, then a form of address before it in the surface. */
export function mentionGender(m: Pick<MentionRow, "given" | "role" | "surface">): Gender {
  return givenNameGender(m.given) || roleGender(m.role) || roleGender(m.surface.split(/\s+/)[0] ?? "");
}

/** Articles before an adjectival role noun that show its gender in the nominative ("die Vorsitzende", "der Vorsitzende"). */
const ARTICLE_GENDER = new Map<string, Gender>([["die", "f"], ["der", "m"]]);
/** A noun of a woman's occupation or role by its shape ("Chefverhandlerin", "Gewerkschafterin"), beyond the listed roles. */
const FEMININE_AGENT_NOUN = /^\p{Lu}\p{L}{3,}erin$/u;

/**
 * The gender that the words right before a name show ("" when none does): a role noun before it, known or of a
 * woman by its shape ("die SLP-Chefverhandlerin Anna Berg", "Frau Berg"), or an adjectival role noun by its article
 * ("die stellvertretende Vorsitzende Anna Berg" f, "der Abgeordnete Kim Roth" m; the article decides, since the noun
 * in -e is a man's after "der"). For a person whose name and role column show no gender.
 */
export function contextGender(text: string, start: number): Gender {
  const words = text.slice(Math.max(0, start - 80), start).split(/\s+/);
  if (words.pop() !== "" || !words.length) return "";
  const head = words[words.length - 1].replace(/^[(„"»«]+/, "").split("-").pop() ?? "";
  if (!UPPER_START.test(head)) return "";
  if (adjectivalGender(head) === "f") {
    let k = words.length - 2;
    while (k >= 0 && !ARTICLE_GENDER.has(words[k].toLowerCase()) && /^\p{Ll}+e$/u.test(words[k])) k--;
    return ARTICLE_GENDER.get(words[k]?.toLowerCase() ?? "") ?? "";
  }
  return roleGender(head) || (FEMININE_AGENT_NOUN.test(head) ? "f" : "");
}

/**
 * Whether a pronoun may stand for a person of the given gender: "er", "ihm"
 * not for a woman, "sie", "ihr" not for a man; any other word and an unknown
 * gender agree.
 */
export function pronounAgrees(pronoun: string, gender: Gender): boolean {
  const p = pronoun.toLowerCase();
  if (MASCULINE.has(p)) return gender !== "f";
  if (FEMININE_PLURAL.has(p)) return gender !== "m";
  return true;
}
