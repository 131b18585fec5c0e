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

/** The key-term options of the corpus step (scoreKeyTerms without options): 30 terms per source, each counted at least twice and in at least 2 of its articles (see minArticles). */
export const KEYTERM_DEFAULTS: KeyTermOptions = {top: 30, minCount: 2, minArticles: 2};

interface SourceTerm {
  /** The stem's count over the whole corpus, shared by its entries in every source. */
  total: {count: number};
  count: number;
  articles: number;
  /** Surface forms: the first one's count kept inline, the others' in arrays only once a second form shows up (few per stem: a search beats a Map). */
  first: string;
  firstCount: number;
  otherTerms?: string[];
  otherCounts?: number[];
}

interface SourceCounts {
  terms: Map<string, SourceTerm>;
  total: number;
  /** Largest article count of any term (the source's article count, near enough). */
  articles: number;
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
  const bySource = new Map<string, SourceCounts>();
  const total = new Map<string, {count: number}>();
  let N = 0;
  let last: SourceCounts | undefined;
  let lastSource = "";
  for (const row of rows) {
    if (!last || row.source !== lastSource) {
      last = bySource.get(row.source);
      if (!last) bySource.set(row.source, (last = {terms: new Map(), total: 0, articles: 0}));
      lastSource = row.source;
    }
    const entry = last.terms.get(row.stem);
    if (!entry) {
      let corpus = total.get(row.stem);
      if (!corpus) total.set(row.stem, (corpus = {count: 0}));
      corpus.count += row.count;
      last.terms.set(row.stem, {total: corpus, count: row.count, articles: row.articles, first: row.term, firstCount: row.count});
    } else {
      entry.total.count += row.count;
      entry.count += row.count;
      entry.articles += row.articles;
      if (entry.articles > last.articles) last.articles = entry.articles;
      if (row.term === entry.first) entry.firstCount += row.count;
      else if (!entry.otherTerms) {
        entry.otherTerms = [row.term];
        entry.otherCounts = [row.count];
      } else {
        const i = entry.otherTerms.indexOf(row.term);
        if (i >= 0) entry.otherCounts![i] += row.count;
        else {
          entry.otherTerms.push(row.term);
          entry.otherCounts!.push(row.count);
        }
      }
    }
    if (row.articles > last.articles) last.articles = row.articles;
    last.total += row.count;
    N += row.count;
  }
  const out: KeyTermRow[] = [];
  for (const [source, counts] of bySource) {
    const ni = counts.total;
    const nj = N - ni;
    const minArticles = Math.min(options.minArticles, counts.articles);
    const scored: Scored[] = [];
    for (const [stem, entry] of counts.terms) {
      if (entry.count < options.minCount || entry.articles < minArticles) continue;
      const score = bySource.size > 1 ? logOddsZ(entry.count, ni, entry.total.count - entry.count, nj, entry.total.count, N) : 0;
      scored.push({stem, entry, score: Math.round(score * 1000) / 1000, index: scored.length});
    }
    for (const {stem, entry, score} of firstTerms(scored, options.top)) {
      const term = entry.otherTerms ? mostFrequent(new Map([[entry.first, entry.firstCount], ...entry.otherTerms.map((t, i): [string, number] => [t, entry.otherCounts![i]])])) : entry.first;
      out.push({source, term, stem, count: entry.count, articles: entry.articles, score, rule: "keyterms.log-odds"});
    }
  }
  return out;
}

interface Scored {
  stem: string;
  entry: SourceTerm;
  score: number;
  /** Position among the source's scored terms: what `order` leaves tied keeps this order, as in a stable sort. */
  index: number;
}

/** Highest score first, then highest count, then stem. */
function order(a: Scored, b: Scored): number {
  return b.score - a.score || b.entry.count - a.entry.count || a.stem.localeCompare(b.stem);
}

/**
 * The first `top` items of `scored` stably sorted by `order`, without sorting
 * them all: a sorted list of the best so far, which most items leave by one
 * comparison with its last. Ties in `order` fall to `index`, so the rows are
 * those of the stable sort. A NaN score makes `order` inconsistent; then (and
 * for a `top` that is not a small count) every item is sorted as before.
 */
function firstTerms(scored: Scored[], top: number): Scored[] {
  if (!(top >= 0 && top <= 1000) || scored.some((s) => Number.isNaN(s.score))) return scored.sort(order).slice(0, Math.max(0, top));
  const kept: Scored[] = [];
  const before = (a: Scored, b: Scored) => (order(a, b) || a.index - b.index) < 0;
  for (const item of scored) {
    if (kept.length >= top) {
      if (!top || !before(item, kept[kept.length - 1])) continue;
      kept.pop();
    }
    let i = kept.length;
    kept.push(item);
    for (; i > 0 && before(item, kept[i - 1]); i--) kept[i] = kept[i - 1];
    kept[i] = item;
  }
  return kept;
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

/**
 * The rows summed per source, stem and surface form (count and articles
 * added up; score 0, the first row's rule), sources in order of first
 * appearance, then a source's stems, then a stem's forms. scoreKeyTerms only
 * adds rows up and keeps first appearances, so it scores a list in which a
 * run of consecutive rows is replaced by their sums exactly as the list
 * itself: a cache may keep a file's sums instead of its articles' rows.
 */
export function sumKeyTermRows(rows: readonly KeyTermRow[]): KeyTermRow[] {
  const bySource = new Map<string, Map<string, Map<string, KeyTermRow>>>();
  let stems: Map<string, Map<string, KeyTermRow>> | undefined;
  let lastSource = "";
  for (const row of rows) {
    if (!stems || row.source !== lastSource) {
      stems = bySource.get(row.source);
      if (!stems) bySource.set(row.source, (stems = new Map()));
      lastSource = row.source;
    }
    let forms = stems.get(row.stem);
    if (!forms) stems.set(row.stem, (forms = new Map()));
    const sum = forms.get(row.term);
    if (sum) {
      sum.count += row.count;
      sum.articles += row.articles;
    } else forms.set(row.term, {source: row.source, term: row.term, stem: row.stem, count: row.count, articles: row.articles, score: 0, rule: row.rule});
  }
  const out: KeyTermRow[] = [];
  for (const stemsOf of bySource.values()) for (const forms of stemsOf.values()) for (const sum of forms.values()) out.push(sum);
  return out;
}

/**
 * Corpus step: turns the per-article term counts into key terms per source.
 * It reads them only through their sums (`summable`), and no other step reads them.
 */
export const keyTermsStep: CorpusStep = {
  name: "keyterms",
  run(tables) {
    return {keyterms: scoreKeyTerms(tables.keyterms)};
  },
  summable: {table: "keyterms", sum: sumKeyTermRows}
};
