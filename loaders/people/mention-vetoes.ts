import {partyNames} from "../lang/de/bare-name-words.js";
import {
  conjunctionGivenNames, dottedFirmTails, firmNameTails, illnessEndings, illnessPrepositions, productAndMediaNames, productVersions,
  substanceHeads, multiWordPlaces, organisationNameHeads, organisationNounEndings, productPrepositions, sentenceInitialAdjectives, teamNicknames
} from "../lang/de/non-person-names.js";
import {personVetoes} from "../lang/de/index.js";
import {foreignArticles} from "../lang/de/name-particles.js";
import type {PersonLexicon} from "./lexicon.js";
import type {Token} from "./tokens.js";
import {finiteVerbAt} from "./verbs.js";

const ORG_HEADS = new Set(organisationNameHeads);
const ORG_TAILS = new Set([...firmNameTails, ...teamNicknames]);
const DOTTED_TAILS = new Set(dottedFirmTails);
/** The most tokens a dotted legal form spans ("S.", "p.", "A."). */
const DOTTED_TAIL_TOKENS = Math.max(...dottedFirmTails.map((f) => f.split(".").length - 1));
const ORG_NOUN = new RegExp(`(?:^|-)(?:\\p{L}*)(?:${organisationNounEndings.join("|")})$`, "u");
/** A word naming an illness by its ending in a longer word ("Leukämie", "Bronchitis", "Lungenkrebs"). */
const ILLNESS_COMPOUND = new RegExp(`^\\p{L}+(?:${illnessEndings.join("|")})$`, "u");
/** A word that is an illness's ending as a whole ("Krebs", "Fieber"): an illness only after an illness preposition. */
const ILLNESS_WORD = new Set(illnessEndings);
const ILLNESS_PREPOSITIONS = new Set(illnessPrepositions);
/** A compound of a noun and a short substance head ("Senfgas"): group 1 is the first part. */
const SUBSTANCE = new RegExp(`^(\\p{L}{3,}?)(?:${substanceHeads.join("|")})$`, "u");
const CONJUNCTIONS = new Set(conjunctionGivenNames);
const ADJECTIVES = new Set(sentenceInitialAdjectives);
const PRODUCTS = new Set(productAndMediaNames);
const PRODUCT_PREPOSITIONS = new Set(productPrepositions);
const VERSIONS = new Set(productVersions);
const PARTIES = partyNames;
const FOREIGN_ARTICLES = new Set(foreignArticles);
/** Multi-word places as lists of lower-cased words, by each of their words: [place, position of the word in it]. */
const PLACES_BY_WORD = new Map<string, [readonly string[], number][]>();
for (const place of multiWordPlaces.map((p) => p.split(" "))) {
  place.forEach((word, j) => {
    const list = PLACES_BY_WORD.get(word);
    if (list) list.push([place, j]);
    else PLACES_BY_WORD.set(word, [[place, j]]);
  });
}
/** Cues of a subject that word order alone gives, on which a sentence-initial adjective is read as a name. */
const ORDER_CUES = new Set(["subject+aux", "subject+verb", "bare-subject", "subject-pair"]);

/** A mention a veto reads: tokens[first..last] of its sentence, the rule that found it, and the index of the sentence's first word. */
export interface VetoContext {
  tokens: Token[];
  first: number;
  last: number;
  rule: string;
  /** Index of the first word token of the sentence (tokens before it are punctuation), -1 when there is none. */
  firstWord: number;
  lex: PersonLexicon;
}

/** A veto: a plain object with an id (kept with a vetoed mention) and the test that the mention names no person. */
export interface MentionVeto {
  id: string;
  test(c: VetoContext): boolean;
  /**
   * Whether a lone word this veto took is a person after all where a full name of the text gave it as its surname (pass 2 of
   * findMentions: "Jan Wettau … Im Finale gewann Wettau den Pokal"): a veto read off the clause, not off the word.
   */
  yieldsToTextSurname?: boolean;
}

/** Whether a token is a capitalised word. */
const capWord = (t: Token | undefined): t is Token => !!t?.cap && !!t.word;

/**
 * The mention vetoes, tried in this order; the first that holds vetoes the mention:
 * - org-head: after or opening with a firm's or club's head word ("Air Lindor", "FC Wettau");
 * - org-tail: before a firm's tail word, dotted legal form or team's nickname ("Lindor Airlines", "Lindor N.V.", "Dakota Falcons");
 * - org-noun: after a noun of a firm, outlet or team ("der Reisekonzern Lindor Cook"), also past a foreign article ("die Zeitung El Lindor"),
 *   unless the name is a genitive, its owner ("im Konzern Frank Lindors");
 * - multi-word-place: inside a place's name of several words ("Santiago de Chile", "Abu Dhabi");
 * - after-product: the second word of a product's name ("Ubuntu Marta", "Xbox Kinect");
 * - conjunction: a conjunction read as a lone given name at a clause's start ("Solange die Wahl läuft");
 * - product-version: a name after "unter"/"mit" followed by a listed version ("unter Lindows XP"), not by another acronym ("mit Biden USA");
 * - illness-or-substance: a lone word naming an illness by a true ending or after "an"/"gegen", or a substance ("an Leukämie", "an Krebs", "Senfgas wurde eingesetzt");
 * - initial-adjective: a subject by word order alone that is an adjective or adverb opening the sentence right before its finite verb
 *   ("Stabil blieb …", "Knapp verfehlte …"), unless the word is a known, package or register surname.
 */
export const mentionVetoes: readonly MentionVeto[] = [
  {id: "org-head", test: ({tokens, first, last}) => (capWord(tokens[first - 1]) && ORG_HEADS.has(tokens[first - 1].lower)) || (last > first && ORG_HEADS.has(tokens[first].lower))},
  {id: "org-tail", test: ({tokens, first, last}) => (capWord(tokens[last + 1]) && ORG_TAILS.has(tokens[last + 1].lower)) || (last > first && ORG_TAILS.has(tokens[last].lower)) || dottedTailAfter(tokens, last)},
  {
    id: "org-noun",
    test: ({tokens, first, last, lex}) => {
      // past a foreign article that opens the outlet's name ("die Zeitung El Mundo")
      const article = capWord(tokens[first - 1]) && FOREIGN_ARTICLES.has(tokens[first - 1].lower);
      const before = tokens[article ? first - 2 : first - 1];
      return !tokens[last].lower.endsWith("s") && capWord(before) && orgNoun(before.lower) && lex.commonNoun(before.lower.slice(before.lower.lastIndexOf("-") + 1));
    }
  },
  {id: "multi-word-place", test: ({tokens, first, last}) => insidePlace(tokens, first, last)},
  {id: "after-product", test: ({tokens, first}) => capWord(tokens[first - 1]) && PRODUCTS.has(tokens[first - 1].lower)},
  {id: "conjunction", test: ({tokens, first, last, rule, firstWord}) => first === last && first === firstWord && (rule === "given-name" || ORDER_CUES.has(rule)) && CONJUNCTIONS.has(tokens[first].lower)},
  {
    id: "product-version",
    test: ({tokens, first, last}) => {
      const before = tokens[first - 1];
      const after = tokens[last + 1];
      return !!before && PRODUCT_PREPOSITIONS.has(before.lower) && !!after && VERSIONS.has(after.text) && !PARTIES.has(after.lower);
    }
  },
  {
    id: "illness-or-substance",
    test: ({tokens, first, last, lex}) => {
      if (first !== last) return false;
      const w = tokens[first].lower;
      if (lex.knownSurnames.has(w)) return false;
      return ILLNESS_COMPOUND.test(w) || (ILLNESS_WORD.has(w) && ILLNESS_PREPOSITIONS.has(tokens[first - 1]?.lower ?? "")) || substanceCompound(w, lex);
    }
  },
  {
    id: "initial-adjective",
    test: ({tokens, first, last, rule, firstWord, lex}) => {
      const w = tokens[first].lower;
      return first === last && first === firstWord && ORDER_CUES.has(rule) && ADJECTIVES.has(w) && !!finiteVerbAt(tokens, first + 1, true) &&
        !lex.knownSurnames.has(w) && !lex.packageSurnames.has(w) && !lex.register.bySurname.has(w);
    }
  }
];

/**
 * The id of the first veto in {@link mentionVetoes}, then in `personVetoes` (loaders/lang/de/index.ts), by which the mention over tokens[first..last] found by `rule` names no person, or "".
 * `firstWord` is the index of the sentence's first word token (see {@link firstWordIndex}), computed once per sentence.
 */
export function mentionVeto(tokens: Token[], first: number, last: number, rule: string, lex: PersonLexicon, firstWord = firstWordIndex(tokens)): string {
  const c: VetoContext = {tokens, first, last, rule, firstWord, lex};
  for (const v of mentionVetoes) if (v.test(c)) return v.id;
  // the German vetoes of loaders/lang/de/index.ts, read here only (that file imports this one's types)
  for (const v of personVetoes) if (v.test(c)) return v.id;
  return "";
}

/** Whether the veto of id `id` yields to a surname a full name of the text gave (MentionVeto.yieldsToTextSurname). */
export function yieldsToTextSurname(id: string): boolean {
  return !!(mentionVetoes.find((v) => v.id === id) ?? personVetoes.find((v) => v.id === id))?.yieldsToTextSurname;
}

/** The index of the first word token (not punctuation) of a sentence's tokens, -1 when there is none. */
export function firstWordIndex(tokens: Token[]): number {
  return tokens.findIndex((t) => t.word);
}

/** Whether the tokens after tokens[last] spell a dotted legal form of a firm ("N." "V.", "S." "p." "A."). */
function dottedTailAfter(tokens: Token[], last: number): boolean {
  let joined = "";
  for (let k = last + 1; k <= last + DOTTED_TAIL_TOKENS && k < tokens.length; k++) {
    joined += tokens[k].lower;
    if (DOTTED_TAILS.has(joined)) return true;
  }
  return false;
}

/** Answers of {@link ORG_NOUN} by word (a word's answer never changes; the regex backtracks through every ending), emptied when full. */
const orgNouns = new Map<string, boolean>();

/** Whether a lower-cased word (or its last part after a hyphen) ends in a noun of a firm, outlet or team ("reisekonzern", "tv-sender"). */
function orgNoun(lower: string): boolean {
  let answer = orgNouns.get(lower);
  if (answer === undefined) {
    answer = ORG_NOUN.test(lower);
    if (orgNouns.size >= 50_000) orgNouns.clear();
    orgNouns.set(lower, answer);
  }
  return answer;
}

/** Whether tokens[first..last] lie inside a multi-word place name written around them (looked up by the word at `first`). */
function insidePlace(tokens: Token[], first: number, last: number): boolean {
  const places = PLACES_BY_WORD.get(tokens[first].lower);
  if (!places) return false;
  for (const [place, j] of places) {
    const k = first - j;
    if (k < 0 || k + place.length - 1 < last || k + place.length > tokens.length) continue;
    let match = true;
    for (let n = 0; match && n < place.length; n++) match = tokens[k + n].lower === place[n];
    if (match) return true;
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
