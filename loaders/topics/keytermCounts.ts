import {ColumnRows} from "../columnRows.js";
import type {KeyTermRow} from "../types.js";
import {mostFrequent} from "./termCounts.js";
import {filterSlot, type KeptTotals, keptTotals, passes, ROW_FILTER, type TotalsMemo} from "./keptTotals.js";

export type {KeptTotals, TotalsMemo} from "./keptTotals.js";

/** A stem's counts in one source, added up from rows. */
interface SourceTerm {
  /** The stem's count over the corpus' rows outside kept blocks, shared by its entries in every source. */
  total: {count: number};
  count: number;
  articles: number;
  /** Surface forms: the first one's count kept inline, the others' in arrays only once a second form shows up (few per stem: a search beats a Map). */
  first: string;
  firstCount: number;
  otherTerms?: string[];
  otherCounts?: number[];
}

/**
 * A source's stems as a block of summed rows gave them (sumKeyTermRows'
 * order: the rows of a stem together, one per form): stem `e` is rows
 * `from[e]` to `from[e + 1] - 1` of the block, with their sums.
 */
export interface BlockTerms {
  strings: readonly string[];
  /** Per stem: its string index, first row, count, articles and corpus total. */
  stems: Int32Array;
  from: Int32Array;
  counts: Float64Array;
  articles: Float64Array;
  /** The block's id and the run's first row (see TotalsMemo), when the block has an id. */
  id?: string;
  /** The largest article count of its stems. */
  most: number;
  /** Per row of the block: its form's string index and count. */
  forms: Int32Array;
  formCounts: Int32Array;
}

/** The counts of one source. */
export interface SourceCounts {
  /** The stems read row by row; undefined while the source has only come from one block. */
  terms?: Map<string, SourceTerm>;
  block?: BlockTerms;
  /** Sum of the counts. */
  total: number;
  /** Largest article count of any term (the source's article count, near enough). */
  articles: number;
}

/** What forEachTerm hands back to termOf to name a stem's most frequent form. */
export type TermRef = SourceTerm | number;

/**
 * Per-source counts of key-term rows (per-article counts or their sums, see
 * sumKeyTermRows), added up in order: sources, a source's stems and a stem's
 * forms in order of first appearance, so that a list scores the same whether
 * runs of it are summed or not. A block of summed rows in columns
 * (ColumnRows, as a cache reads a file's sums back) whose sources appeared
 * nowhere before is taken as it is, without a Map entry or an object per row;
 * rows that come later for such a source turn it into the row form first.
 */
export class KeyTermCounts {
  readonly sources = new Map<string, SourceCounts>();
  /** Sum of all counts. */
  N = 0;
  /** Corpus counts of the stems of rows (and of blocks turned into rows); the blocks kept as they are count in `kept`. */
  private readonly totals = new Map<string, {count: number}>();
  /** The sources still kept in block form, in order. */
  private readonly blocks: BlockTerms[] = [];
  /** Each kept block's position in `blocks` (made at the first forEachTerm of a block, dropped when `blocks` changes). */
  private blockIndex?: Map<BlockTerms, number>;
  /** The kept blocks' corpus counts (set by resolveTotals). */
  private kept?: KeptTotals;
  /** Which stems `totals` may hold, by filterSlot (made at the first rowCount). */
  private rowStems?: Uint8Array;
  private last: SourceCounts | undefined;
  private lastSource = "";

  /** Adds rows and blocks of rows, in order. */
  add(items: Iterable<KeyTermRow | ColumnRows>): this {
    for (const item of items) {
      if (item instanceof ColumnRows) this.addBlock(item);
      else this.addRow(item.source, item.stem, item.term, item.count, item.articles);
    }
    return this;
  }

  /** Adds one row's values. */
  addRow(source: string, stem: string, term: string, count: number, articles: number): void {
    if (!this.last || source !== this.lastSource) {
      this.last = this.sources.get(source);
      if (!this.last) this.sources.set(source, (this.last = {terms: new Map(), total: 0, articles: 0}));
      this.lastSource = source;
    }
    const last = this.last;
    const terms = last.terms ?? this.rowForm(last);
    const entry = terms.get(stem);
    if (!entry) {
      let corpus = this.totals.get(stem);
      if (!corpus) this.totals.set(stem, (corpus = {count: 0}));
      corpus.count += count;
      this.rowStems = undefined;
      terms.set(stem, {total: corpus, count, articles, first: term, firstCount: count});
    } else {
      entry.total.count += count;
      entry.count += count;
      entry.articles += articles;
      if (entry.articles > last.articles) last.articles = entry.articles;
      addForm(entry, term, count);
    }
    if (articles > last.articles) last.articles = articles;
    last.total += count;
    this.N += count;
  }

  /**
   * Adds a block of rows: each run of rows of one source whose source is new
   * and whose rows have sumKeyTermRows' shape is kept as it is, any other row
   * is added one by one. Blocks without the expected columns are read as rows.
   */
  addBlock(block: ColumnRows): void {
    const {source, stem, term} = block.ids;
    const {count, articles} = block.values;
    if (!source || !stem || !term || !(count instanceof Int32Array) || !(articles instanceof Int32Array)) {
      return void this.add(block.rows() as unknown as KeyTermRow[]);
    }
    this.last = undefined;
    const S = block.strings;
    const started = new Int32Array(S.length).fill(-1); // per stem string: the run of the source it was last seen in
    for (let a = 0, run = 0; a < block.length; run++) {
      let b = a + 1;
      while (b < block.length && source[b] === source[a]) b++;
      if (!this.addRun(block, a, b, started, run, block.id === undefined ? undefined : `${block.id}:${a}`)) {
        for (let r = a; r < b; r++) this.addRow(S[source[r]], S[stem[r]], S[term[r]], count[r], articles[r]);
        this.last = undefined;
      }
      a = b;
    }
  }

  /**
   * Calls `each` for every stem of a source whose count is at least
   * `minCount` and whose article count at least `minArticles`, in order of
   * first appearance, with its sums and its corpus count. The corpus counts of
   * the kept blocks are added up at the first call when resolveTotals was not called.
   */
  forEachTerm(counts: SourceCounts, minCount: number, minArticles: number, each: (stem: string, count: number, articles: number, corpus: number, ref: TermRef) => void): void {
    const kept = this.kept ?? this.resolveTotals(undefined, minCount, minArticles);
    if (counts.terms) {
      for (const [stem, entry] of counts.terms) {
        if (passes(entry.count, entry.articles, minCount, minArticles)) each(stem, entry.count, entry.articles, entry.total.count + (kept.totals().get(stem) ?? 0), entry);
      }
      return;
    }
    const b = counts.block!;
    // the corpus counts of the block's stems that pass the rule resolveTotals listed, in order, else looked up
    const listed = kept.rule[0] === minCount && Math.min(kept.rule[1], b.most) === minArticles ? kept.eligible[this.positionOf(b)] : undefined;
    for (let e = 0, j = 0; e < b.stems.length; e++) {
      if (!passes(b.counts[e], b.articles[e], minCount, minArticles)) continue;
      const stem = b.strings[b.stems[e]];
      each(stem, b.counts[e], b.articles[e], (listed ? listed[j++] : (kept.totals().get(stem) ?? 0)) + this.rowCount(stem), e);
    }
  }

  /**
   * Adds up the corpus count of every stem of the kept blocks and lists, per
   * block, those of its stems that pass the rule (count at least `minCount`,
   * articles at least `minArticles` or the block's most), the ones scoring
   * reads; or takes both from `memo` when it holds exactly these blocks (by
   * their ids: a block's rows are a function of its id) under the same rule.
   * Keeps them in `memo` otherwise, when every kept block has an id. Called by
   * forEachTerm when not before; call it first to use a memo.
   */
  resolveTotals(memo?: TotalsMemo, minCount = 0, minArticles = 0): KeptTotals {
    return (this.kept = keptTotals(this.blocks, memo, minCount, minArticles));
  }

  /** A kept block's position in `blocks`, by an index made once rather than a search per source. */
  private positionOf(b: BlockTerms): number {
    if (!this.blockIndex) this.blockIndex = new Map(this.blocks.map((x, i) => [x, i]));
    return this.blockIndex.get(b)!;
  }

  /** A stem's count in the rows (and the blocks turned into rows); most stems of a block are in none, which a test of length and first letter tells without a lookup. */
  private rowCount(stem: string): number {
    if (!this.totals.size) return 0;
    if (!this.rowStems) {
      this.rowStems = new Uint8Array(ROW_FILTER);
      for (const s of this.totals.keys()) this.rowStems[filterSlot(s)] = 1;
    }
    return this.rowStems[filterSlot(stem)] ? (this.totals.get(stem)?.count ?? 0) : 0;
  }

  /** The most frequent surface form of a stem forEachTerm handed over (the first of those tied). */
  termOf(counts: SourceCounts, ref: TermRef): string {
    if (typeof ref !== "number") {
      return ref.otherTerms ? mostFrequent(new Map([[ref.first, ref.firstCount], ...ref.otherTerms.map((t, i): [string, number] => [t, ref.otherCounts![i]])])) : ref.first;
    }
    const b = counts.block!;
    const from = b.from[ref];
    const to = b.from[ref + 1];
    if (to - from === 1) return b.strings[b.forms[from]];
    const forms = new Map<string, number>();
    for (let r = from; r < to; r++) {
      const form = b.strings[b.forms[r]];
      forms.set(form, (forms.get(form) ?? 0) + b.formCounts[r]);
    }
    return mostFrequent(forms);
  }

  /**
   * Keeps rows a..b-1 of a block (all of one source) as a new source in
   * block form; false, changing nothing, when the source has been seen, a
   * string is null, a count negative, or a stem's rows are not together.
   */
  private addRun(block: ColumnRows, a: number, b: number, started: Int32Array, run: number, id: string | undefined): boolean {
    const {source, stem, term} = block.ids;
    const count = block.values.count as Int32Array;
    const articles = block.values.articles as Int32Array;
    const S = block.strings;
    if (source[a] < 0 || this.sources.has(S[source[a]])) return false;
    let stems = 0;
    for (let r = a; r < b; r++) {
      if (stem[r] < 0 || term[r] < 0 || count[r] < 0 || articles[r] < 0) return false;
      if (r > a && stem[r] === stem[r - 1]) continue;
      if (started[stem[r]] === run) return false; // a stem whose rows are not together
      started[stem[r]] = run;
      stems++;
    }
    const kept: BlockTerms = {
      strings: S, stems: new Int32Array(stems), from: new Int32Array(stems + 1), counts: new Float64Array(stems), articles: new Float64Array(stems),
      id, most: 0, forms: term, formCounts: count
    };
    let total = 0;
    let most = 0;
    for (let r = a, e = -1; r < b; r++) {
      if (r === a || stem[r] !== stem[r - 1]) {
        kept.stems[++e] = stem[r];
        kept.from[e] = r;
      }
      kept.counts[e] += count[r];
      kept.articles[e] += articles[r];
    }
    for (let e = 0; e < stems; e++) {
      total += kept.counts[e];
      if (kept.articles[e] > most) most = kept.articles[e];
    }
    kept.from[stems] = b;
    kept.most = most;
    this.sources.set(S[source[a]], {block: kept, total, articles: most});
    this.blocks.push(kept);
    this.blockIndex = undefined;
    this.kept = undefined;
    this.N += total;
    return true;
  }

  /** Turns a source kept in block form into the row form (its stems in a Map), for rows that add to it; its counts join `totals`. */
  private rowForm(counts: SourceCounts): Map<string, SourceTerm> {
    const b = counts.block!;
    const terms = new Map<string, SourceTerm>();
    for (let e = 0; e < b.stems.length; e++) {
      const from = b.from[e];
      const stem = b.strings[b.stems[e]];
      let corpus = this.totals.get(stem);
      if (!corpus) this.totals.set(stem, (corpus = {count: 0}));
      corpus.count += b.counts[e];
      this.rowStems = undefined;
      const entry: SourceTerm = {total: corpus, count: b.counts[e], articles: b.articles[e], first: b.strings[b.forms[from]], firstCount: b.formCounts[from]};
      for (let r = from + 1; r < b.from[e + 1]; r++) addForm(entry, b.strings[b.forms[r]], b.formCounts[r]);
      terms.set(stem, entry);
    }
    this.blocks.splice(this.blocks.indexOf(b), 1);
    this.blockIndex = undefined;
    this.kept = undefined;
    counts.terms = terms;
    counts.block = undefined;
    return terms;
  }
}

/** Adds a surface form's count to a stem's entry. */
function addForm(entry: SourceTerm, term: string, count: number): void {
  if (term === entry.first) entry.firstCount += count;
  else if (!entry.otherTerms) {
    entry.otherTerms = [term];
    entry.otherCounts = [count];
  } else {
    const i = entry.otherTerms.indexOf(term);
    if (i >= 0) entry.otherCounts![i] += count;
    else {
      entry.otherTerms.push(term);
      entry.otherCounts!.push(count);
    }
  }
}
