import {isCommonNoun} from "../lang/de/common-nouns.js";
import {namedAfterNouns} from "../lang/de/organisation-heads.js";

/** "Verband Familienbetriebe Nord": a generic noun, one space, then one to four capitalised words of the name (with "und"). */
const NAMED = new RegExp(`(?<![\\p{L}])(${namedAfterNouns.map((n) => n[0].toUpperCase() + n.slice(1)).join("|")}) ((?:\\p{Lu}[\\p{L}\\d-]*)(?: (?:und )?\\p{Lu}[\\p{L}\\d-]*){0,3})`, "gu");

/**
 * The organisation a role compound with a generic prefix names ("Verbandspräsidentin" → the article's "Verband Familienbetriebe
 * Nord" → "Familienbetriebe Nord"), with the role it was read from, or null: the article must name exactly one organisation after that
 * noun (`namedAfterNouns`), and a one-word name must be no common noun ("dem Verband Sorgen").
 */
export function articleOrganisationOf(roles: readonly string[], text: string): {affiliation: string; cue: string} | null {
  for (const role of roles) {
    const first = role.split(" ")[0].toLowerCase();
    const noun = namedAfterNouns.find((n) => first.length > n.length + 3 && first.startsWith(n));
    if (!noun) continue;
    const names = new Set<string>();
    for (const m of text.matchAll(NAMED)) {
      if (m[1].toLowerCase() !== noun) continue;
      if (!m[2].includes(" ") && isCommonNoun(m[2].toLowerCase())) continue;
      names.add(m[2]);
    }
    if (names.size === 1) return {affiliation: [...names][0], cue: role};
  }
  return null;
}
