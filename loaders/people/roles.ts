import {adjectivalHeads, affiliationCues, caselessGenitiveNames, feminineStems, placeNameAffiliationOpeners, placeNameAffiliations, nonOrganisationPrefixes, ORGANISATION_PREFIX, rankAdjectives, tenureAdjectives, cueOnlyHeads, nationalityNouns, occupationHeads, roleEndings, roleHeads, titleAbbreviations} from "../lang/de/person-roles.js";
import {partyNames} from "../lang/de/bare-name-words.js";
import {partyOrganisationAffiliation} from "../lang/de/party-organisations.js";
import type {Token} from "./tokens.js";

/** What a role noun says: its lemma and the affiliation its prefix gives. */
export interface RoleNoun {
  /** Lemma for display ("Sondergesandter", "US-Präsident"); "" for cue-only words ("Frau"). */
  role: string;
  /** Affiliation from the compound's prefix ("US-Präsident" → USA), "" when none. */
  affiliation: string;
  cue: string;
  /**
   * Whether the word may also be a surname: a masculine form ("Richter", "König", "Hofmeister", "Steinkellner"); a feminine one
   * is never a surname ("Chefverhandlerin", "Sprecherin", "Frontfrau").
   */
  surnameLike: boolean;
}

/** Role heads and heads of occupations ("Bildhauer", "Physiker"). */
const allHeads = [...roleHeads, ...occupationHeads];
const heads = new Set(allHeads);
/** Stems of feminine nouns read before "-in" and "-innen" only ("Pädagog|in", "Bischöf|in"). */
const feminine = new Set(feminineStems);
const FEMININE_ENDINGS = ["in", "innen"];
/** Lengths of the heads and feminine stems, longest first: a compound is matched by its longest known head. */
const headLengths = [...new Set([...allHeads, ...feminineStems].map((h) => h.length))].sort((a, b) => b - a);
/** Words that announce a name without being a function: kinship and address ("Frau", "Sohn") and nationality ("Kenianer"). */
const cueOnly = new Set([...cueOnlyHeads, ...nationalityNouns]);
const cache = new Map<string, RoleNoun | null>();

/** Whether every title abbreviation ends in a full stop (then only dotted words need the lookup). */
const titlesDotted = [...titleAbbreviations].every((title) => title.endsWith("."));

/** Bits of the last three lower-case code units of a word (6 bits each): a cheap, lossy signature of its ending. */
function endingBits(lower: string): number {
  const n = lower.length;
  return (lower.charCodeAt(n - 1) & 63) | ((lower.charCodeAt(n - 2) & 63) << 6) | ((lower.charCodeAt(n - 3) & 63) << 12);
}

/**
 * Signatures of every ending a role noun can have (a head or cue-only word plus an
 * inflection ending). A word whose signature is missing cannot be a role noun, so it
 * needs no cache lookup; collisions only let more words through to the full test.
 * Empty (no filtering) when some head plus ending is shorter than three letters.
 */
const roleEndingBits: Uint8Array | null = (() => {
  const bits = new Uint8Array(1 << 18);
  const mark = (form: string) => (form.length < 3 ? false : ((bits[endingBits(form)] = 1), true));
  for (const head of [...allHeads, ...cueOnly]) for (const ending of roleEndings) if (!mark(head + ending)) return null;
  for (const stem of feminineStems) for (const ending of FEMININE_ENDINGS) if (!mark(stem + ending)) return null;
  return bits;
})();

/** Reads a capitalised token as a role noun, or null. Cached per word form. */
export function roleNoun(token: Token): RoleNoun | null {
  if (token.role !== undefined) return token.role;
  if (!token.cap || !token.word) return (token.role = null);
  if ((!titlesDotted || token.lower.charCodeAt(token.lower.length - 1) === 46) && titleAbbreviations.has(token.lower)) return (token.role = CUE);
  if (roleEndingBits && token.lower.length >= 3 && !roleEndingBits[endingBits(token.lower)]) return (token.role = null);
  let result = cache.get(token.text);
  if (result === undefined) {
    // the lower-case form has no soft hyphens (tokens.ts): read the text without them too, so that indices agree
    result = analyse(token.text.length === token.lower.length ? token.text : token.text.replace(SOFT_HYPHEN, ""), token.lower);
    if (cache.size > 200_000) cache.clear();
    cache.set(token.text, result);
  }
  return (token.role = result);
}

const CUE: RoleNoun = {role: "", affiliation: "", cue: "", surnameLike: false};
const SOFT_HYPHEN = /\u00ad/gu;

function analyse(text: string, lower: string): RoleNoun | null {
  const dash = lower.lastIndexOf("-");
  const prefix = dash > 0 ? lower.slice(0, dash) : "";
  const core = dash > 0 ? lower.slice(dash + 1) : lower;
  for (const ending of roleEndings) {
    if (ending && !core.endsWith(ending)) continue;
    const stem = core.slice(0, core.length - ending.length);
    if (cueOnly.has(stem) && !prefix) return {role: "", affiliation: "", cue: "", surnameLike: !ending.startsWith("in")};
    for (const length of headLengths) {
      const cut = stem.length - length;
      if (cut < 0) continue;
      const head = cut ? stem.slice(cut) : stem;
      if (!heads.has(head) && !(feminine.has(head) && FEMININE_ENDINGS.includes(ending))) continue;
      // a compound's first part must leave a word ("Außen|minister"), not a fragment
      if (cut > 0 && cut < 3) continue;
      const shown = text.slice(0, text.length - ending.length) + (adjectivalHeads.has(head) ? "er" : "") + (ending.startsWith("in") ? "in" : "");
      // "US-Präsident", "Ukraine-Gesandter", a party's youth organisation: "Juso-Landeschef" → SPD (Jusos)
      const youth = prefix ? partyOrganisationAffiliation(prefix) : "";
      const cue = prefix && (affiliationCues.has(prefix) || placeNameAffiliations.has(prefix) || youth) ? prefix : "";
      return {role: shown, affiliation: cue ? (affiliationCues.get(cue) ?? placeNameAffiliations.get(cue) ?? youth) : "", cue: cue ? text.slice(0, dash) : "", surnameLike: !ending.startsWith("in") && !/(?:in|frau)$/u.test(head)};
    }
  }
  return null;
}

const NOT_ORGANISATIONS = new Set(nonOrganisationPrefixes);
const PARTIES = partyNames;

/**
 * The organisation a role compound's prefix names, which `affiliationCues` does not know: an acronym ("SPD-Fraktionschef" → SPD,
 * not "TV-Moderator"), a party's name ("Grünen-Chefin" → Grüne) or a name of data/organisations.yaml (`organisations`, lower case:
 * "Heimatbund-Chef"); "" otherwise. Read for people's affiliation; the speaker rules read such a prefix themselves (quotes/rolePrefix.ts).
 */
export function prefixOrganisation(roleText: string, organisations: ReadonlySet<string>): string {
  const dash = roleText.lastIndexOf("-");
  if (dash <= 0) return "";
  const text = roleText.slice(0, dash);
  const lower = text.toLowerCase();
  if (ORGANISATION_PREFIX.test(text) && !NOT_ORGANISATIONS.has(lower)) return text;
  if (PARTIES.has(lower)) return text.replace(/(?<=e)n$/u, "");
  return organisations.has(lower) ? text : "";
}

const NAME_OPENERS = new Set(placeNameAffiliationOpeners);
const CASELESS_GENITIVE = new Set(caselessGenitiveNames);

/**
 * Affiliation named by an adjective or genitive next to a role ("russische", "Russlands", "der CIA", "Kiewer"); a country's or city's name
 * as it stands (placeNameAffiliations) only after the word `before` (lower case) that makes it one: "von" ("Emir von Katar"), or "der" before
 * a name whose genitive takes no ending ("Präsident der Ukraine"). Not "Nach Katar reiste Außenminister …".
 */
export function affiliationOf(word: string, before = ""): string {
  const lower = word.toLowerCase();
  const direct = affiliationCues.get(lower);
  if (direct) return direct;
  const name = placeNameAffiliations.get(lower);
  if (name) return NAME_OPENERS.has(before) || (before === "der" && CASELESS_GENITIVE.has(lower)) ? name : "";
  for (const ending of ["en", "er", "es", "em", "e"]) {
    if (lower.endsWith(ending)) {
      const stemLower = lower.slice(0, -ending.length);
      const stem = affiliationCues.get(stemLower) ?? (ending === "er" ? placeNameAffiliations.get(stemLower) : undefined);
      if (stem) return stem;
    }
  }
  return "";
}

/** The affiliation a country's or city's name as it stands gives ("Katar", "Kiew" → Ukraine), for a rule that reads a side by its name ("verhandelt für Katar"), or "". */
export function affiliationOfName(word: string): string {
  return placeNameAffiliations.get(word.toLowerCase()) ?? "";
}

const ADJECTIVAL_MASCULINE = new RegExp(`(?:${[...adjectivalHeads].join("|")})er$`, "u");
const ADJECTIVAL_FEMININE = new RegExp(`(?:${[...adjectivalHeads].join("|")})e$`, "u");

/**
 * The gender an adjectival role noun shows in its nominative ("Landesvorsitzender" m, "Landesvorsitzende" f,
 * after `feminineRole`), "" for any other word.
 */
export function adjectivalGender(word: string): "m" | "f" | "" {
  const lower = word.toLowerCase();
  return ADJECTIVAL_MASCULINE.test(lower) ? "m" : ADJECTIVAL_FEMININE.test(lower) ? "f" : "";
}

/**
 * A role whose noun is an adjectival noun, in the feminine: "Landesvorsitzender der Partei" → "Landesvorsitzende
 * der Partei", "früherer Sondergesandter" → "frühere Sondergesandte" (the noun and the adjectives before it lose
 * their "r"). `roleNoun` gives such nouns in the masculine, since the word alone does not tell ("der Vorsitzende",
 * "die Vorsitzende"); other roles show their gender themselves ("Sprecherin") and come back as they are.
 */
export function feminineRole(role: string): string {
  const words = role.split(" ");
  const noun = words.findIndex((w) => ADJECTIVAL_MASCULINE.test(w.toLowerCase()));
  if (noun < 0) return role;
  return words.map((w, j) => (j <= noun && w.endsWith("er") ? w.slice(0, -1) : w)).join(" ");
}

/** An adjective of tenure or rank in any of its endings: group 1 is its stem ("frühere" → "früher", "stellvertretenden" → "stellvertretend"). */
export const TENURE_WORD = `(${[...tenureAdjectives, ...rankAdjectives].join("|")})(?:e|en|er|es|em)?`;
const TENURE_LEAD = new RegExp(`^(?:${TENURE_WORD}\\s+)+`, "iu");

/**
 * A role without its adjectives of tenure or rank ("früherer US-Präsident" → "US-Präsident", "künftige Kanzlerin" → "Kanzlerin",
 * "stellvertretende Landesvorsitzende" → "Landesvorsitzende"), for reading its noun.
 */
export function withoutTenure(role: string): string {
  return role.replace(TENURE_LEAD, "");
}
