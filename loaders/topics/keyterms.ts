import type {CorpusStep} from "../pipeline.js";
import type {KeyTermRow} from "../types.js";
import {mostFrequent} from "./termCounts.js";

/** Options of the key-term scoring. */
export interface KeyTermOptions {
  /** Rows kept per source. */
  top: number;
  /** Least count of a term in a source to be listed for it. */
  minCount: number;
  /**
   * Least number of the source's articles that use the term, so that one long
   * article does not make its names the source's key terms. Capped at the
   * largest article count of any term of the source (1 for a one-article source).
   */
  minArticles: number;
}

export const KEYTERM_DEFAULTS: KeyTermOptions = {top: 30, minCount: 2, minArticles: 2};

interface SourceTerm {
  count: number;
  articles: number;
  surfaces: Map<string, number>;
}

/**
 * Scores what each source says more than the others: weighted log-odds ratio
 * with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008), the
 * prior being the whole corpus' counts (α_w = y_w), each source against all the
 * others. Input: raw per-article rows (see TermCounter); output: the top rows per
 * source by z-score. Linear in the number of input rows. With a single source
 * there is nothing to compare against: its most frequent terms are listed with score 0.
 */
export function scoreKeyTerms(rows: readonly KeyTermRow[], options: KeyTermOptions = KEYTERM_DEFAULTS): KeyTermRow[] {
  const bySource = new Map<string, Map<string, SourceTerm>>();
  const total = new Map<string, number>();
  const sourceTotal = new Map<string, number>();
  const sourceArticles = new Map<string, number>();
  let N = 0;
  for (const row of rows) {
    let terms = bySource.get(row.source);
    if (!terms) bySource.set(row.source, (terms = new Map()));
    let entry = terms.get(row.stem);
    if (!entry) terms.set(row.stem, (entry = {count: 0, articles: 0, surfaces: new Map()}));
    entry.count += row.count;
    entry.articles += row.articles;
    entry.surfaces.set(row.term, (entry.surfaces.get(row.term) ?? 0) + row.count);
    total.set(row.stem, (total.get(row.stem) ?? 0) + row.count);
    sourceTotal.set(row.source, (sourceTotal.get(row.source) ?? 0) + row.count);
    if (entry.articles > (sourceArticles.get(row.source) ?? 0)) sourceArticles.set(row.source, entry.articles);
    N += row.count;
  }
  const out: KeyTermRow[] = [];
  for (const [source, terms] of bySource) {
    const ni = sourceTotal.get(source)!;
    const nj = N - ni;
    const scored: KeyTermRow[] = [];
    const minArticles = Math.min(options.minArticles, sourceArticles.get(source)!);
    for (const [stem, entry] of terms) {
      if (entry.count < options.minCount || entry.articles < minArticles) continue;
      const score = bySource.size > 1 ? logOddsZ(entry.count, ni, total.get(stem)! - entry.count, nj, total.get(stem)!, N) : 0;
      scored.push({source, term: mostFrequent(entry.surfaces), stem, count: entry.count, articles: entry.articles, score: Math.round(score * 1000) / 1000, rule: "keyterms.log-odds"});
    }
    scored.sort((a, b) => b.score - a.score || b.count - a.count || a.stem.localeCompare(b.stem));
    out.push(...scored.slice(0, options.top));
  }
  return out;
}

/**
 * z-score of the log-odds ratio of a word between group i and group j with
 * prior pseudo-counts α (for the word) and α0 (for all words).
 */
export function logOddsZ(yi: number, ni: number, yj: number, nj: number, alpha: number, alpha0: number): number {
  const delta = Math.log((yi + alpha) / (ni + alpha0 - yi - alpha)) - Math.log((yj + alpha) / (nj + alpha0 - yj - alpha));
  const variance = 1 / (yi + alpha) + 1 / (yj + alpha);
  return delta / Math.sqrt(variance);
}

/** Corpus step: turns the per-article term counts into key terms per source. */
export const keyTermsStep: CorpusStep = {
  name: "keyterms",
  run(tables) {
    return {keyterms: scoreKeyTerms(tables.keyterms)};
  }
};
