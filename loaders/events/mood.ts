import type {CueContext} from "../lang/de/events.js";
import {deniesAt, negationWords} from "../lang/de/negation.js";
import {nonFactualWords} from "../lang/de/index.js";

/** Characters that end a clause around a cue (not "." or "?": the sentence bounds the clause, and "22. März" holds a dot). */
export const CLAUSE_END = /[,;:()„“"–—]/u;
const NEGATIONS = new Set(negationWords);
/** Words of plan or supposition (nonFactualWords without the negations, which `deniesAt` judges). */
const nonFactual = new Set(nonFactualWords.filter((w) => !NEGATIONS.has(w)));

/** The words of a sentence (letters, and clause-ending punctuation as words of their own) with their offsets. */
export interface SentenceWords {
  words: string[];
  starts: number[];
  /** Verdict of `isNonFactual` per clause, by the index of the clause's first word. */
  verdicts: Map<number, boolean>;
}

/** Splits a sentence into lower-case words and punctuation, once per sentence. */
export function sentenceWords(sentence: string): SentenceWords {
  const words: string[] = [];
  const starts: number[] = [];
  for (const m of sentence.matchAll(/\p{L}+|[,;:()„“"–—.]/gu)) {
    words.push(m[0].toLowerCase());
    starts.push(m.index);
  }
  return {words, starts, verdicts: new Map()};
}

/** Index range [from, to) of the words of the clause that holds the word starting at offset `at`. */
function clauseOf(sw: SentenceWords, at: number): [number, number] {
  let i = sw.starts.findIndex((s) => s >= at);
  if (i < 0) i = sw.words.length;
  let from = i;
  while (from > 0 && !CLAUSE_END.test(sw.words[from - 1])) from--;
  let to = i;
  while (to < sw.words.length && !CLAUSE_END.test(sw.words[to])) to++;
  return [from, to];
}

/**
 * Whether the clause around a cue (from the last clause break before `cueStart`
 * to the first after it, within `sentence`) negates, plans or supposes
 * what the cue names: "Der Rat soll den Bau beschließen", "hat nicht zugestimmt",
 * "Hätte der Rat zugestimmt, …"; but not "nicht nur beschlossen" or "mit keiner
 * Gegenstimme verabschiedet" (`deniesAt`). Offsets are relative to `sentence`;
 * `words` (from `sentenceWords`) caches the verdict per clause.
 */
export function isNonFactual(sentence: string, cueStart: number, _cueEnd?: number, words: SentenceWords = sentenceWords(sentence)): boolean {
  const [from, to] = clauseOf(words, cueStart);
  let verdict = words.verdicts.get(from);
  if (verdict === undefined) {
    verdict = false;
    for (let j = from; j < to && !verdict; j++) verdict = nonFactual.has(words.words[j]) || deniesAt(words.words, j);
    words.verdicts.set(from, verdict);
  }
  return verdict;
}

/**
 * Whether a cue word at `cueStart` meets the conditions of its cue's context rules that pick it
 * (`CueContext`: a later particle in its clause, an article before, no "sich" after).
 */
export function contextHolds(contexts: readonly {re: RegExp; rule: CueContext}[], word: string, cueStart: number, words: SentenceWords): boolean {
  for (const {re, rule} of contexts) {
    if (!re.test(word)) continue;
    let i = words.starts.findIndex((s) => s >= cueStart);
    if (i < 0) continue;
    const previous = words.words[i - 1];
    const next = words.words[i + 1];
    if (rule.before && !(previous !== undefined && rule.before.includes(previous))) return false;
    if (rule.notNext && next !== undefined && rule.notNext.includes(next)) return false;
    if (rule.later) {
      const [, to] = clauseOf(words, cueStart);
      let found = false;
      for (i++; i < to && !found; i++) found = rule.later.includes(words.words[i]);
      if (!found) return false;
    }
  }
  return true;
}
