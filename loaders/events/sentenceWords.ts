/**
 * A sentence split into lower-case words and clause punctuation, once per sentence, with the clause
 * bounds of every word and a per-clause cache of the answers the cue rules ask for.
 */
import {UPPER_START} from "../quotes/tokens.js";
import {lowerBound} from "../text/lower-bound.js";
import {coordinatingConjunctions, infinitiveEnding} from "../lang/de/clauseWords.js";
import {stopwords} from "../lang/de/stopwords.js";
import {finiteVerbs} from "../lang/de/finite-verbs.js";
import {planGovernors} from "../lang/de/event-plans.js";
import {perfectAuxiliaries} from "../lang/de/event-date-words.js";

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
  /** Per word: the first word of its verb phrase and one past its last (`verbPhraseAround`), made on first use. */
  verbPhrases?: {from: Int32Array; to: Int32Array};
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

const COORDINATING = new Set(coordinatingConjunctions);
const FUNCTION_WORDS = new Set(stopwords);
/** Auxiliaries, modals and frequent finite verbs: one right after the conjunction opens a verb phrase of its own ("… und wollen weiter reden"). */
const VERBS = new Set<string>([...finiteVerbs, ...planGovernors, ...perfectAuxiliaries]);

/**
 * Whether the coordinating conjunction at word `k` starts a new verb phrase in its clause: an auxiliary, modal or
 * frequent finite verb follows it ("… und wollen weiter reden", "… und hat am Montag …"), or a lower-case word that is
 * no function word follows it (a verb: "und unterzeichneten am Montag einen Vertrag", "und treffen sich in Genf") and the
 * clause does not end in an infinitive (lower case), which would make the words after it a second infinitive phrase
 * under the same modal ("wollen nach Kairo reisen und den Präsidenten treffen", "wollen schnell und gründlich verhandeln").
 */
function startsVerbPhrase(sw: SentenceWords, k: number): boolean {
  if (!COORDINATING.has(sw.words[k]) || k + 1 >= sw.clauseTo[k]) return false;
  const next = k + 1;
  if (!sw.capital[next] && VERBS.has(sw.words[next])) return true;
  if (sw.capital[next] || FUNCTION_WORDS.has(sw.words[next])) return false;
  let last = sw.clauseTo[k] - 1;
  while (last > next && sw.words[last] === ".") last--;
  return last === next ? false : sw.capital[last] || !infinitiveEnding.test(sw.words[last]);
}

/**
 * Index range [from, to) of the verb phrase that holds word `i`: its clause, cut at a coordinating conjunction that
 * starts a new verb phrase (`startsVerbPhrase`): in "Die Parteien wollen weiter reden und unterzeichneten am Montag
 * einen Vertrag" the modal governs "reden", not "unterzeichneten". Made once per sentence, so each cue asks in constant time.
 */
export function verbPhraseAround(sw: SentenceWords, i: number): [number, number] {
  const n = sw.words.length;
  if (i >= n) return [n, n];
  if (!sw.verbPhrases) {
    const from = new Int32Array(n);
    const to = new Int32Array(n);
    for (let k = 0, start = 0; k < n; k++) {
      if (k === sw.clauseFrom[k]) start = k;
      from[k] = start;
      if (startsVerbPhrase(sw, k)) start = k + 1;
    }
    // a phrase ends with its clause, or after the conjunction that starts the next one (the conjunction stays in the first)
    for (let k = n - 1; k >= 0; k--) to[k] = k + 1 < n && from[k + 1] === from[k] ? to[k + 1] : startsVerbPhrase(sw, k) ? k + 1 : sw.clauseTo[k];
    sw.verbPhrases = {from, to};
  }
  return [sw.verbPhrases.from[i], sw.verbPhrases.to[i]];
}
