import {
  adjectiveEndings, definiteArticles, headNounEndings, inflectedErStemEndings, inflectedErStems, nameTailJoiner, nameTailPrepositions,
  nominativeAdjectiveEndings, organisationHeads
} from "../lang/de/organisation-heads.js";
import type {Token} from "./tokens.js";

/** A capitalised adjective inflected after an article: "Europäischen", "Südatlantischen", "Freien". */
const INFLECTED_ADJECTIVE = new RegExp(`^\\p{Lu}\\p{Ll}+(?:${adjectiveEndings.join("|")})$`, "u");
const ENDING = new RegExp(`(?:${adjectiveEndings.join("|")})$`, "u");
/** Words of a name after its article. */
const MAX_ADJECTIVES = 2;
/** Heads of `organisationHeads`, longest first, so that a compound finds its last part. */
const HEADS = Object.keys(organisationHeads).sort((a, b) => b.length - a.length);

/** The head of `organisationHeads` a noun or compound ends in, with its ending after it ("Bauernverbands" → verband, "s"), or null. */
function headOf(lower: string): {head: string; ending: string} | null {
  for (const ending of headNounEndings) {
    if (!lower.endsWith(ending)) continue;
    const stem = lower.slice(0, lower.length - ending.length);
    const head = HEADS.find((h) => stem.endsWith(h));
    if (head) return {head, ending};
  }
  return null;
}

/**
 * Whether a word in "-er" before a head is a place's indeclinable adjective ("Schweizer", "Kieler", "Berliner") rather than an inflected
 * one ("Europäischer"): always after a definite article (whose adjective is weak) and before a feminine or neuter head; before a
 * masculine head without an article unless its stem is an adjective's (`inflectedErStemEndings`, `inflectedErStems`).
 */
function isPlaceAdjective(word: string, gender: "m" | "f" | "n", article: boolean): boolean {
  if (!word.endsWith("er")) return false;
  if (article || gender !== "m") return true;
  const stem = word.slice(0, -2).toLowerCase();
  return !inflectedErStems.has(stem) && !inflectedErStemEndings.some((e) => stem.endsWith(e));
}

/** The words after a head that go on the name: "für" and capitalised words joined by "und" ("für Wirtschaftsforschung"). */
function tailOf(words: readonly Token[], k: number): string[] {
  if (!nameTailPrepositions.has(words[k + 1]?.lower ?? "") || !words[k + 2]?.cap) return [];
  const tail = [words[k + 1].text, words[k + 2].text];
  for (let j = k + 3; words[j]?.lower === nameTailJoiner && words[j + 1]?.cap; j += 2) tail.push(words[j].text, words[j + 1].text);
  return tail;
}

/**
 * An organisation named by capitalised adjectives and an organisation's head noun in a role's complement, in the nominative, with the
 * index of its first word in `words`, or null: "des Europäischen Bauernverbands" → "Europäischer Bauernverband", "des Südatlantischen
 * Bundes" → "Südatlantischer Bund", "der Polnischen Bauernpartei" → "Polnische Bauernpartei", "des Deutschen Instituts für
 * Wirtschaftsforschung" → "Deutsches Institut für Wirtschaftsforschung". A place's adjective in "-er" stays as it is ("der Schweizer
 * Volkspartei" → "Schweizer Volkspartei"), and adjectives after another capitalised word ("Hans Böckler Stiftung") are part of a name
 * this does not read. Such an adjective names the organisation, not the country or the EU it would name alone, and "Bund" after it is
 * not the German federation (lang/de/organisation-heads.ts).
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
    // a capitalised word before the adjectives: they are inside a longer name ("Hans Böckler Stiftung")
    if (first > 0 && words[first - 1].cap) continue;
    const article = first > 0 && definiteArticles.has(words[first - 1].lower);
    const adjectives = words.slice(first, k).map((t) => isPlaceAdjective(t.text, gender, article) ? t.text : t.text.replace(ENDING, "") + nominativeAdjectiveEndings[gender]);
    const head = noun.text.slice(0, noun.text.length - found.ending.length);
    // a feminine head keeps its form; a masculine or neuter genitive drops its "-s"/"-es"
    const nominative = gender === "f" || !/^e?s$/u.test(found.ending) ? noun.text : head;
    return {name: [...adjectives, nominative, ...tailOf(words, k)].join(" "), at: first};
  }
  return null;
}
