import {lowerBound} from "../text/lower-bound.js";
import type {Span} from "../text/sentences.js";
import type {FoundQuote} from "./context.js";
import type {QuotePair} from "./marks.js";
import {isSpace} from "../text/chars.js";

/**
 * Main clauses joined by a semicolon outside quotations ("… ist sie heute 31 Jahre
 * alt; demnach wäre sie …") are looked at as sentences of their own: each may
 * hold its own report; `origin` gets, for each part, the index of its sentence.
 * Linear: one pass over the sentences and the pairs.
 */
export function splitAtSemicolons(text: string, sentences: readonly Span[], pairs: QuotePair[], origin: number[]): Span[] {
  const out: Span[] = [];
  let k = 0;
  // the first semicolon at or after the sentence's start (-1: none left), found once per text: a search from
  // each sentence's start would read to the end of a text that has no semicolon further on, sentence after sentence
  let semicolon = text.indexOf(";");
  for (const [n, s] of sentences.entries()) {
    let start = s.start;
    while (semicolon >= 0 && semicolon < s.start) semicolon = text.indexOf(";", semicolon + 1);
    for (let i = semicolon; i >= 0 && i < s.end - 1; i = text.indexOf(";", i + 1)) {
      while (k < pairs.length && pairs[k].close < i) k++;
      if (k < pairs.length && pairs[k].open < i) continue; // inside a quotation
      let next = i + 1;
      while (next < s.end && isSpace(text.charCodeAt(next))) next++;
      if (next >= s.end) break;
      out.push({...s, start, end: i + 1});
      origin.push(n);
      start = next;
    }
    out.push({...s, start});
    origin.push(n);
  }
  return out;
}

/** The `sentence` of a quote found in part of a sentence (split at a semicolon) is the whole given sentence. */
export function widenToSentence(q: FoundQuote, given: readonly Span[]): void {
  const lo = lowerBound(given.length, (k) => given[k].end <= q.sentenceStart);
  if (lo < given.length && given[lo].start <= q.sentenceStart) {
    q.sentenceStart = given[lo].start;
    q.sentenceEnd = Math.max(q.sentenceEnd, given[lo].end);
  }
}
