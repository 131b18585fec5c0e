import {stopwords} from "../lang/de/stopwords.js";
import {timeWords} from "../lang/de/timeWords.js";
import {stemDe} from "../lang/de/stemmer.js";
import type {KeyTermRow} from "../types.js";

const STOP = new Set([...stopwords, ...timeWords]);
const HAS_DIGIT = /\p{N}/u;

/** `/\p{N}/u.test(word)`, reading ASCII words without the regex (the only ASCII \p{N} are 0–9). */
function hasNumber(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return HAS_DIGIT.test(word);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Stem of a content word for key terms, or "" for stopwords, time words ("März", "vergangene"), numbers and words under three letters. */
export function contentStem(surface: string): string {
  if (surface.length < 3 || hasNumber(surface)) return "";
  const lower = surface.toLowerCase();
  if (STOP.has(lower)) return "";
  const stem = stemDe(lower);
  return stem.length < 3 ? "" : stem;
}

/** `contentStem(surface)` for a caller that already has the word's lower case and its stem (`stemDe(lower)`). */
export function contentStemOf(surface: string, lower: string, stem: string): string {
  if (surface.length < 3 || hasNumber(surface) || STOP.has(lower)) return "";
  return stem.length < 3 ? "" : stem;
}

/** Counts content-word stems of one article, with the surface forms seen for each. */
export class TermCounter {
  /** stem → count, first surface, and other surfaces' counts only when a second form shows up. */
  private counts = new Map<string, {count: number; first: string; firstCount: number; others?: Map<string, number>}>();

  /**
   * Adds one sentence's words, the first `count` of `words`; `stems` (content stem of each word) may be
   * given by a caller that caches them.
   */
  add(words: readonly string[], stems: readonly string[] = words.map(contentStem), count = words.length): void {
    for (let i = 0; i < count; i++) {
      const stem = stems[i];
      if (!stem) continue;
      const surface = words[i];
      const entry = this.counts.get(stem);
      if (!entry) this.counts.set(stem, {count: 1, first: surface, firstCount: 1});
      else {
        entry.count++;
        if (surface === entry.first) entry.firstCount++;
        else (entry.others ??= new Map()).set(surface, (entry.others.get(surface) ?? 0) + 1);
      }
    }
  }

  /** Raw per-article rows (score 0): the input of the keyterms corpus step. */
  rows(source: string): KeyTermRow[] {
    const rows: KeyTermRow[] = [];
    for (const [stem, {count, first, firstCount, others}] of this.counts) {
      const term = others ? mostFrequent(new Map([[first, firstCount], ...others])) : first;
      rows.push({source, term, stem, count, articles: 1, score: 0, rule: ""});
    }
    return rows;
  }
}

/** Key with the highest count (first seen on ties). */
export function mostFrequent(counts: ReadonlyMap<string, number>): string {
  let best = "";
  let top = -1;
  for (const [key, n] of counts) if (n > top) [best, top] = [key, n];
  return best;
}
