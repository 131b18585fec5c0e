/**
 * Grammatical gender and number for linking pronoun speakers to people: a
 * "sagte sie" is no man's, a "sagte er" no woman's. A person's gender comes
 * from the given name (gender-detection-from-name, German list first), else
 * from a role noun in -in ("Sprecherin", "Präsidentin") against its masculine
 * form, else from a form of address ("Frau", "Herr"); unknown otherwise.
 */
import {createRequire} from "node:module";
import {roleHeads} from "../lang/de/person-roles.js";
import {femaleAddress, femininePluralPronouns, maleAddress, masculinePronouns, unisexGivenNames} from "../lang/de/speakerWords.js";
import type {MentionRow} from "../types.js";

/** "m" a man, "f" a woman, "" unknown. */
export type Gender = "m" | "f" | "";

const MASCULINE = new Set(masculinePronouns);
const FEMININE_PLURAL = new Set(femininePluralPronouns);
const FEMALE_ADDRESS = new Set(femaleAddress);
const UNISEX = new Set(unisexGivenNames);
const MALE_ADDRESS = new Set(maleAddress);
const ROLE = new RegExp(`(?:${roleHeads.join("|")})(in|innen)?$`, "u");

/** Name lists per language (lower-case given name → "male" | "female"), the German one first; read on first use. */
let lists: ReadonlyMap<string, string>[] | undefined;
function nameLists(): ReadonlyMap<string, string>[] {
  if (!lists) {
    const require = createRequire(import.meta.url);
    lists = ["de", "en", "it", "es", "fr", "tr"].map((lang) => require(`gender-detection-from-name/names/${lang}.js`) as ReadonlyMap<string, string>);
  }
  return lists;
}

/** The gender a given name has ("Angela" f, "Wladimir" m; "Hans-Peter" by its first part), "" when the lists disagree or lack it. */
export function givenNameGender(given: string): Gender {
  const first = given.split(/[-\s]/)[0]?.toLowerCase();
  if (!first || UNISEX.has(first)) return "";
  const [german, ...others] = nameLists();
  let found = german.get(first);
  if (!found) {
    for (const list of others) {
      const g = list.get(first);
      if (!g) continue;
      if (found && g !== found) return "";
      found = g;
    }
  }
  return found === "male" ? "m" : found === "female" ? "f" : "";
}

/** The gender a role noun shows ("Sprecherin" f, "Kreml-Sprecher" m), "" for no role noun. */
export function roleGender(role: string): Gender {
  for (const part of role.toLowerCase().split(/[;,]\s*/)) {
    const head = part.split(/\s+/)[0];
    if (!head) continue;
    if (FEMALE_ADDRESS.has(head)) return "f";
    if (MALE_ADDRESS.has(head)) return "m";
    const match = ROLE.exec(head);
    if (match) return match[1] ? "f" : "m";
  }
  return "";
}

/** The gender of the person a mention names: given name, then role, then a form of address before it in the surface. */
export function mentionGender(m: Pick<MentionRow, "given" | "role" | "surface">): Gender {
  return givenNameGender(m.given) || roleGender(m.role) || roleGender(m.surface.split(/\s+/)[0] ?? "");
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
