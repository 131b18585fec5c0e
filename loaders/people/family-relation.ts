import {familyPossessives, familyRelationNouns} from "../lang/de/relation-nouns.js";
import type {FoundMention} from "./found-mention.js";
import type {Token} from "./tokens.js";

const RELATIONS = new Set(familyRelationNouns);
const POSSESSIVES = new Set(familyPossessives);
/** Possessives that refer to the name right before them in their sentence ("NAME, dessen Tochter …"). */
const RELATIVE_POSSESSIVES = new Set(["dessen", "deren"]);

/**
 * The family name of each lone given name (see loneGiven) that a possessive and a noun of kin introduce ("Jonas Weber, dessen Tochter Lea …",
 * "Seine Frau Anna …" after "Paul Kern"): the surname of the person the possessive points to, for "dessen"/"deren" the
 * nearest mention before it in its sentence, for "sein"/"ihr" the nearest before it in the article. None when that person
 * is named without a surname or has the same given name (a son named after his father is not the father).
 */
export function familyNames(found: readonly FoundMention[], tokensBySpan: readonly Token[][], givenNames: ReadonlySet<string>): Map<FoundMention, string> {
  const out = new Map<FoundMention, string>();
  const ordered = [...found].sort((a, b) => a.start - b.start);
  ordered.forEach((m, i) => {
    const given = loneGiven(m, givenNames);
    if (!given) return;
    const tokens = tokensBySpan[m.span];
    const noun = tokens?.[m.first - 1];
    const possessive = tokens?.[m.first - 2];
    if (!noun?.word || !RELATIONS.has(noun.lower) || !possessive?.word || !POSSESSIVES.has(possessive.lower)) return;
    const sameSentence = RELATIVE_POSSESSIVES.has(possessive.lower);
    for (let k = i - 1; k >= 0; k--) {
      const p = ordered[k];
      if (sameSentence && p.span !== m.span) return;
      if (p.span === m.span && p.last >= m.first - 2) continue;
      if (!p.surname || loneGiven(p, givenNames) || p.given[0]?.toLowerCase() === given.toLowerCase()) return;
      out.set(m, p.surname);
      return;
    }
  });
  return out;
}

/**
 * The given name a one-word mention stands for: its given name alone, or a word read as a bare surname that is a known given
 * name ("dessen Tochter Lena", where the noun of kin reads like a role before a surname); "" otherwise.
 */
function loneGiven(m: Pick<FoundMention, "given" | "surname">, givenNames: ReadonlySet<string>): string {
  if (m.given.length === 1 && !m.surname) return m.given[0];
  return !m.given.length && m.surname && !/[\s-]/u.test(m.surname) && givenNames.has(m.surname.toLowerCase()) ? m.surname : "";
}
