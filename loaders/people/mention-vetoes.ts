import {partyAbbreviations} from "../lang/de/bare-name-words.js";
import {
  conjunctionGivenNames, firmNameTails, illnessEndings, productAndMediaNames, substanceHeads, multiWordPlaces, organisationNameHeads, organisationNounEndings, productPrepositions,
  sentenceInitialAdjectives, teamNicknames
} from "../lang/de/non-person-names.js";
import type {PersonLexicon} from "./lexicon.js";
import type {Token} from "./tokens.js";

const ORG_HEADS = new Set(organisationNameHeads);
const ORG_TAILS = new Set([...firmNameTails, ...teamNicknames]);
const ORG_NOUN = new RegExp(`(?:^|-)(?:\\p{L}*)(?:${organisationNounEndings.join("|")})$`, "u");
/** A word naming an illness by its ending ("Leukämie", "Bronchitis"). */
const ILLNESS = new RegExp(`(?:${illnessEndings.join("|")})$`, "u");
/** A compound of a noun and a short substance head ("Senfgas"): group 1 is the first part. */
const SUBSTANCE = new RegExp(`^(\\p{L}{3,}?)(?:${substanceHeads.join("|")})$`, "u");
const CONJUNCTIONS = new Set(conjunctionGivenNames);
const ADJECTIVES = new Set(sentenceInitialAdjectives);
const PRODUCTS = new Set(productAndMediaNames);
const PRODUCT_PREPOSITIONS = new Set(productPrepositions);
const PARTIES = new Set(partyAbbreviations);
/** A version after a product's name: an upper-case acronym of two or three letters that is no Roman numeral ("XP", "NT"); numbers are split into digits by the tokenizer and left out ("von Kohl 1991"). */
const VERSION = /^(?![IVX]+$)[A-Z]{2,3}$/u;
/** Multi-word places as lists of lower-cased words. */
const PLACES: readonly string[][] = multiWordPlaces.map((p) => p.split(" "));
/** Cues of a subject that word order alone gives, on which a sentence-initial adjective is read as a name. */
const ORDER_CUES = new Set(["subject+aux", "subject+verb", "bare-subject", "subject-pair"]);

/**
 * Why the mention over tokens[first..last] found by `rule` names no person, or "":
 * - org-head: after or opening with a firm's or club's head word ("Air Lindor", "FC Wettau");
 * - org-tail: before a firm's tail word or a team's nickname ("Lindor Airlines", "Dakota Falcons");
 * - org-noun: after a noun of a firm, outlet or team ("der Reisekonzern Lindor Cook"), unless the name is a genitive, its owner ("im Konzern Frank Lindors");
 * - after-product: the second word of a product's name ("Ubuntu Marta", "Xbox Kinect");
 * - multi-word-place: inside a place's name of several words ("Santiago de Chile", "Abu Dhabi");
 * - conjunction: a conjunction read as a lone given name at a clause's start ("Solange die Wahl läuft");
 * - product-version: a name after "unter"/"mit" followed by a version ("unter Lindows XP");
 * - illness-or-substance: a lone word naming an illness or a substance ("an Leukämie", "Senfgas wurde eingesetzt");
 * - initial-adjective: a subject by word order alone that is an adjective opening the sentence ("Stabil blieb …"),
 *   unless the word is a known surname.
 */
export function mentionVeto(tokens: Token[], first: number, last: number, rule: string, lex: PersonLexicon): string {
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  if ((before?.cap && before.word && ORG_HEADS.has(before.lower)) || (last > first && ORG_HEADS.has(tokens[first].lower))) return "org-head";
  if ((after?.cap && after.word && ORG_TAILS.has(after.lower)) || (last > first && ORG_TAILS.has(tokens[last].lower))) return "org-tail";
  if (before?.cap && before.word && ORG_NOUN.test(before.lower) && lex.commonNoun(before.lower.slice(before.lower.lastIndexOf("-") + 1)) && !tokens[last].lower.endsWith("s")) return "org-noun";
  if (insidePlace(tokens, first, last)) return "multi-word-place";
  if (before?.cap && before.word && PRODUCTS.has(before.lower)) return "after-product";
  const sentenceStart = tokens.slice(0, first).every((t) => !t.word);
  if (first === last && (rule === "given-name" || ORDER_CUES.has(rule)) && sentenceStart && CONJUNCTIONS.has(tokens[first].lower)) return "conjunction";
  if (before && PRODUCT_PREPOSITIONS.has(before.lower) && after && VERSION.test(after.text) && !PARTIES.has(after.lower)) return "product-version";
  const w = tokens[first].lower;
  if (first === last && !lex.knownSurnames.has(w) && (ILLNESS.test(w) || substanceCompound(w, lex))) return "illness-or-substance";
  if (first === last && ORDER_CUES.has(rule) && sentenceStart && ADJECTIVES.has(w) && !lex.knownSurnames.has(w) && !lex.packageSurnames.has(w) && !lex.register.bySurname.has(w)) return "initial-adjective";
  return "";
}

/** Whether tokens[first..last] lie inside a multi-word place name written around them. */
function insidePlace(tokens: Token[], first: number, last: number): boolean {
  for (const place of PLACES) {
    for (let k = Math.max(0, last - place.length + 1); k <= first; k++) {
      if (k + place.length - 1 < last) continue;
      if (place.every((p, j) => tokens[k + j]?.lower === p)) return true;
    }
  }
  return false;
}

/** Whether a lower-cased word is a compound of a dictionary noun and a short substance head ("senfgas", "rapsöl"). */
function substanceCompound(lower: string, lex: PersonLexicon): boolean {
  const m = SUBSTANCE.exec(lower);
  if (!m) return false;
  const head = m[1];
  return lex.commonNoun(head) || (head.endsWith("s") && lex.commonNoun(head.slice(0, -1)));
}
