import {organisationHeads} from "../lang/de/organisation-heads.js";
import type {Token} from "./tokens.js";

/** A capitalised adjective inflected after an article: "Europäischen", "Südatlantischen", "Freien". */
const INFLECTED_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:en|e|er|es|em)$/u;
/** Words of a name after its article. */
const MAX_ADJECTIVES = 2;
/** Heads of `organisationHeads`, longest first, so that a compound finds its last part. */
const HEADS = Object.keys(organisationHeads).sort((a, b) => b.length - a.length);

/** The head of `organisationHeads` a noun or compound ends in, with its ending after it ("Bauernverbands" → verband, "s"), or null. */
function headOf(lower: string): {head: string; ending: string} | null {
  for (const ending of ["es", "s", "en", "n", ""]) {
    if (!lower.endsWith(ending)) continue;
    const stem = lower.slice(0, lower.length - ending.length);
    const head = HEADS.find((h) => stem.endsWith(h));
    if (head) return {head, ending};
  }
  return null;
}

const NOMINATIVE_ENDING = {m: "er", f: "e", n: "es"} as const;

/**
 * An organisation named by capitalised adjectives and an organisation's head noun in a role's complement, in the nominative, with the
 * index of its first word in `words`, or null: "des Europäischen Bauernverbands" → "Europäischer Bauernverband", "des Südatlantischen
 * Bundes" → "Südatlantischer Bund", "der Polnischen Bauernpartei" → "Polnische Bauernpartei". Such an adjective names the organisation,
 * not the country or the EU it would name alone, and "Bund" after it is not the German federation (lang/de/organisation-heads.ts).
 */
export function adjectiveOrganisation(words: readonly Token[]): {name: string; at: number} | null {
  for (let k = 1; k < words.length; k++) {
    const noun = words[k];
    if (!noun.cap || !words[k - 1].cap || !INFLECTED_ADJECTIVE.test(words[k - 1].text)) continue;
    const found = headOf(noun.lower);
    if (!found) continue;
    const gender = organisationHeads[found.head];
    let first = k - 1;
    while (first > 0 && k - first < MAX_ADJECTIVES && words[first - 1].cap && INFLECTED_ADJECTIVE.test(words[first - 1].text)) first--;
    const adjectives = words.slice(first, k).map((t) => t.text.replace(/(?:en|e|er|es|em)$/u, "") + NOMINATIVE_ENDING[gender]);
    const head = noun.text.slice(0, noun.text.length - found.ending.length);
    // a feminine head keeps its form; a masculine or neuter genitive drops its "-s"/"-es"
    const nominative = gender === "f" || !/^e?s$/u.test(found.ending) ? noun.text : head;
    return {name: [...adjectives, nominative].join(" "), at: first};
  }
  return null;
}
