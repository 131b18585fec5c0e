/**
 * What the cue-clause rules (indirect.ts) ask of a sentence's tokens from some start on, for every cue:
 * how many words follow, the last word, the last purpose opener, the last zu-infinitive and finite verb.
 * Computed once per token array, so a sentence with many cues stays linear.
 */
import {isCapitalised, perTokens, TokensCache, startsWithLetter, type Token} from "../../../quotes/tokens.js";
import {dictionaryPreterite, isDictionaryFiniteVerb, isDictionaryPluralVerb} from "../finite-verb-dict.js";
import {finiteAuxiliaries} from "../speakerRules/words.js";
import {PURPOSE_OPENERS} from "./clauses.js";

const FINITE_AUXILIARIES = new Set(finiteAuxiliaries);

/** Whether a lower-case word may be a finite verb: an auxiliary or modal, or an indicative form of the verb dictionary. */
export function finiteForm(lower: string): boolean {
  return FINITE_AUXILIARIES.has(lower) || isDictionaryFiniteVerb(lower) || isDictionaryPluralVerb(lower) || dictionaryPreterite(lower) !== undefined;
}

/** What the cue-clause rules ask of the tokens from a start on, for every cue: computed once per token array. */
export interface SentenceFacts {
  /** Per index: how many tokens from there to the end start with a letter (one more entry, 0, at the end). */
  wordsFrom: Int32Array;
  /** Index of the last token that starts with a letter, of the last purpose opener ("um", "ohne"), or -1. */
  lastWord: number;
  lastPurpose: number;
  /** Index of the last "zu" before a lower-case word, of the last lower-case finite verb form (made when first asked). */
  lastZu?: number;
  lastFinite?: number;
}

const sentenceFacts = new TokensCache<Token[], SentenceFacts>();

/** The facts of a token array, made on the first call for it. */
export function factsOf(tokens: Token[]): SentenceFacts {
  return perTokens(sentenceFacts, tokens, factsIn);
}

function factsIn(tokens: Token[]): SentenceFacts {
  const wordsFrom = new Int32Array(tokens.length + 1);
  let lastWord = -1;
  let lastPurpose = -1;
  for (let j = tokens.length - 1; j >= 0; j--) {
    const word = startsWithLetter(tokens[j]);
    wordsFrom[j] = wordsFrom[j + 1] + (word ? 1 : 0);
    if (word && lastWord < 0) lastWord = j;
    if (lastPurpose < 0 && PURPOSE_OPENERS.has(tokens[j].lower)) lastPurpose = j;
  }
  return {wordsFrom, lastWord, lastPurpose};
}

/** The last "zu" followed (over non-words) by a lower-case word, and the last lower-case word that may be a finite verb (made once, when first asked). */
export function verbFacts(tokens: Token[], facts: SentenceFacts): {lastZu: number; lastFinite: number} {
  if (facts.lastZu === undefined || facts.lastFinite === undefined) {
    let lastZu = -1;
    let lastFinite = -1;
    let nextWord: Token | undefined;
    for (let j = tokens.length - 1; j >= 0 && (lastZu < 0 || lastFinite < 0); j--) {
      const t = tokens[j];
      if (!startsWithLetter(t)) continue;
      if (lastZu < 0 && t.lower === "zu" && nextWord && !isCapitalised(nextWord)) lastZu = j;
      if (lastFinite < 0 && !isCapitalised(t) && finiteForm(t.lower)) lastFinite = j;
      nextWord = t;
    }
    [facts.lastZu, facts.lastFinite] = [lastZu, lastFinite];
  }
  return {lastZu: facts.lastZu, lastFinite: facts.lastFinite};
}

