/**
 * A sentence split into lower-case words and clause punctuation, once per sentence, with the clause
 * bounds of every word and a per-clause cache of the answers the cue rules ask for.
 */
import {UPPER_START} from "../quotes/tokens.js";
import {lowerBound} from "../text/lower-bound.js";

/** Characters that end a clause around a cue (not "." or "?": the sentence bounds the clause, and "22. März" holds a dot). */
export const CLAUSE_END = /[,;:()„“"–—]/u;
/** Punctuation that ends the main clause for a particle search (an inserted ", wie erwartet," does not; the sentence bounds it). */
const MAIN_CLAUSE_END = new Set([";", ":"]);

/** The words of a sentence (letters, and clause-ending punctuation as words of their own) with their offsets. */
export interface SentenceWords {
  words: string[];
  starts: number[];
  /** Whether the word starts with a capital letter in the sentence. */
  capital: boolean[];
  /** Per word: index of the first word of its clause, one past its last word, and one past the main clause's last word. */
  clauseFrom: number[];
  clauseTo: number[];
  mainTo: number[];
  /**
   * Per clause (by its first word): whether it plans or supposes, and how far its negations deny (`denialReach`:
   * the largest, Infinity when one denies the whole clause, -1 when none denies).
   */
  clauses: Map<number, {plan: boolean; reach: number; supposed: boolean}>;
  /** Per list of particles (the rule's own array): the indices, ascending, where one of them ends its clause. */
  particles: Map<readonly string[], number[]>;
  /** Per list of phrases (the rule's own array): the indices, ascending, where one of them starts. */
  phrases: Map<readonly string[], number[]>;
}

/** Splits a sentence into lower-case words and punctuation, once per sentence. */
export function sentenceWords(sentence: string): SentenceWords {
  const words: string[] = [];
  const starts: number[] = [];
  const capital: boolean[] = [];
  for (const m of sentence.matchAll(/\p{L}+|[,;:()„“"–—.]/gu)) {
    words.push(m[0].toLowerCase());
    starts.push(m.index);
    capital.push(UPPER_START.test(m[0]));
  }
  const n = words.length;
  const clauseFrom = new Array<number>(n);
  const clauseTo = new Array<number>(n);
  const mainTo = new Array<number>(n);
  for (let i = 0, from = 0; i < n; i++) {
    clauseFrom[i] = from;
    if (CLAUSE_END.test(words[i])) from = i + 1;
  }
  for (let i = n - 1, to = n, main = n; i >= 0; i--) {
    if (MAIN_CLAUSE_END.has(words[i])) main = i;
    if (CLAUSE_END.test(words[i])) to = i;
    clauseTo[i] = to;
    mainTo[i] = main;
  }
  return {words, starts, capital, clauseFrom, clauseTo, mainTo, clauses: new Map(), particles: new Map(), phrases: new Map()};
}

/** Index of the first word starting at or after offset `at` (binary search; `words.length` when none). */
export function wordAt(sw: SentenceWords, at: number): number {
  return lowerBound(sw.starts.length, (k) => sw.starts[k] < at);
}

/** Index range [from, to) of the words of the clause that holds word `i`. */
export function clauseAround(sw: SentenceWords, i: number): [number, number] {
  if (i >= sw.words.length) return [sw.words.length, sw.words.length];
  return [sw.clauseFrom[i], sw.clauseTo[i]];
}

/** Answers per sentence, key (a pattern or a phrase list) and clause start. */
const clauseAnswers = new WeakMap<SentenceWords, Map<unknown, Map<number, unknown>>>();

/** `compute()` for the clause starting at word `from`, once per sentence and key: a clause's answer holds for every word of it. */
export function perClause<T>(words: SentenceWords, key: unknown, from: number, compute: () => T): T {
  let byKey = clauseAnswers.get(words);
  if (!byKey) clauseAnswers.set(words, (byKey = new Map()));
  let byClause = byKey.get(key);
  if (!byClause) byKey.set(key, (byClause = new Map()));
  if (!byClause.has(from)) byClause.set(from, compute());
  return byClause.get(from) as T;
}
