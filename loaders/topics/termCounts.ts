import {stopwords} from "../lang/de/stopwords.js";
import {stemDe} from "../lang/de/stemmer.js";
import type {KeyTermRow} from "../types.js";
import type {Token} from "./tokens.js";

const STOP = new Set(stopwords);
const HAS_DIGIT = /\p{N}/u;

/** Stem of a content word for key terms, or "" for stopwords, numbers and words under three letters. */
export function contentStem(surface: string): string {
  if (surface.length < 3 || HAS_DIGIT.test(surface)) return "";
  const lower = surface.toLowerCase();
  if (STOP.has(lower)) return "";
  const stem = stemDe(lower);
  return stem.length < 3 ? "" : stem;
}

/** Counts content-word stems of one article, with the surface forms seen for each. */
export class TermCounter {
  private counts = new Map<string, {count: number; surfaces: Map<string, number>}>();

  /** Adds one sentence's tokens. */
  add(tokens: readonly Token[]): void {
    for (const {surface} of tokens) {
      const stem = contentStem(surface);
      if (!stem) continue;
      let entry = this.counts.get(stem);
      if (!entry) this.counts.set(stem, (entry = {count: 0, surfaces: new Map()}));
      entry.count++;
      entry.surfaces.set(surface, (entry.surfaces.get(surface) ?? 0) + 1);
    }
  }

  /** Raw per-article rows (score 0): the input of the keyterms corpus step. */
  rows(source: string): KeyTermRow[] {
    const rows: KeyTermRow[] = [];
    for (const [stem, {count, surfaces}] of this.counts) {
      rows.push({source, term: mostFrequent(surfaces), stem, count, articles: 1, score: 0, rule: ""});
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
