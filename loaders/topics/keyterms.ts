import type {CorpusStep} from "../pipeline.js";
import type {KeyTermRow} from "../types.js";
import type {ColumnRows} from "../columnRows.js";
import {KeyTermCounts, type TermRef, type TotalsMemo} from "./keytermCounts.js";
import type {StepState} from "../pipeline.js";

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

/**
 * Scores what each source says more than the others: weighted log-odds ratio
 * with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008), the
 * prior being the whole corpus' counts (α_w = y_w), each source against all the
 * others. Input: raw per-article rows (see TermCounter), or their sums
 * (sumKeyTermRows), also as blocks in columns (a cache's, see KeyTermCounts);
 * output: the top rows per source by z-score. Linear in the number of input rows. With a single source
 * there is nothing to compare against: its most frequent terms are listed with score 0.
 * With `memo`, the corpus counts of the blocks with ids are kept between calls (see TotalsMemo).
 */
export function scoreKeyTerms(rows: Iterable<KeyTermRow | ColumnRows>, options: KeyTermOptions = KEYTERM_DEFAULTS, memo?: TotalsMemo): KeyTermRow[] {
  const counts = new KeyTermCounts().add(rows);
  counts.resolveTotals(memo, options.minCount, options.minArticles);
  const N = counts.N;
  const out: KeyTermRow[] = [];
  for (const [source, sourceCounts] of counts.sources) {
    const ni = sourceCounts.total;
    const nj = N - ni;
    const minArticles = Math.min(options.minArticles, sourceCounts.articles);
    const scored: Scored[] = [];
    counts.forEachTerm(sourceCounts, options.minCount, minArticles, (stem, count, articles, corpus, ref) => {
      const score = counts.sources.size > 1 ? logOddsZ(count, ni, corpus - count, nj, corpus, N) : 0;
      scored.push({stem, count, articles, ref, score: Math.round(score * 1000) / 1000, index: scored.length});
    });
    for (const {stem, count, articles, ref, score} of firstTerms(scored, options.top)) {
      out.push({source, term: counts.termOf(sourceCounts, ref), stem, count, articles, score, rule: "keyterms.log-odds"});
    }
  }
  return out;
}

interface Scored {
  stem: string;
  count: number;
  articles: number;
  ref: TermRef;
  score: number;
  /** Position among the source's scored terms: what `order` leaves tied keeps this order, as in a stable sort. */
  index: number;
}

/** Highest score first, then highest count, then stem. */
function order(a: Scored, b: Scored): number {
  return b.score - a.score || b.count - a.count || a.stem.localeCompare(b.stem);
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
  run(tables, _config, state) {
    return {keyterms: scoreKeyTerms(tables.keyterms, KEYTERM_DEFAULTS, state && totalsMemo(state))};
  },
  summable: {table: "keyterms", sum: sumKeyTermRows}
};

/**
 * The key-term step's TotalsMemo in its StepState (JSON): every stem's count
 * as a JSON text of its own, parsed only when asked for; a state of another
 * shape counts as none.
 */
export function totalsMemo(state: StepState): TotalsMemo {
  return {
    get() {
      const v = state.get() as {ids?: unknown; rule?: unknown; eligible?: unknown; lookup?: unknown} | undefined;
      if (!v || !Array.isArray(v.ids) || !Array.isArray(v.rule) || v.rule.length !== 2 || !Array.isArray(v.eligible) || !v.eligible.every(Array.isArray) || typeof v.lookup !== "string") return undefined;
      const lookup = v.lookup;
      let totals: Map<string, number> | undefined;
      return {
        ids: v.ids as string[],
        rule: v.rule as [number, number],
        eligible: v.eligible as number[][],
        totals() {
          if (totals) return totals;
          const {stems, counts} = JSON.parse(lookup) as {stems: string[]; counts: number[]};
          totals = new Map();
          for (let i = 0; i < stems.length; i++) totals.set(stems[i], counts[i]);
          return totals;
        }
      };
    },
    put({ids, rule, eligible, totals}) {
      const all = totals();
      state.put({ids, rule, eligible, lookup: JSON.stringify({stems: [...all.keys()], counts: [...all.values()]})});
    }
  };
}
