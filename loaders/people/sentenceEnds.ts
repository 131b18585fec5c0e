/**
 * Rough sentence ends for the article-wide affiliation rules (`article-organisation`, `register-body`): they only need
 * to tell "the mention's sentence or the one before" apart, so a punctuation mark followed by a capital will do.
 */
import {lowerBound} from "../text/lower-bound.js";

const SENTENCE_END = /[.!?]["“”»«']?\s+(?=["„“»«]?\p{Lu})/gu;

/** Where the sentences of `text` end (the offset of each closing mark), in order. */
export function sentenceEnds(text: string): number[] {
  return [...text.matchAll(SENTENCE_END)].map((m) => m.index!);
}

/** The index of the sentence offset `at` stands in, given `ends` from {@link sentenceEnds}. */
export function sentenceOf(ends: readonly number[], at: number): number {
  return lowerBound(ends.length, (i) => ends[i] < at);
}
