import type {BlockTerms} from "./keytermCounts.js";

/**
 * The corpus counts of the kept blocks (sources kept as a block of a cache's
 * sums, in order): their ids, and per block the counts of its stems that pass
 * `rule` (least count, least articles), which scoring reads, in order; every
 * stem's count is made only when asked for (rows' stems, other rules).
 */
export interface KeptTotals {
  ids: readonly string[];
  rule: readonly [number, number];
  eligible: readonly (readonly number[])[];
  totals(): Map<string, number>;
}

/**
 * Where KeptTotals are kept between runs. A run that adds one article to a
 * corpus of unchanged files finds the same blocks, so it reads the counts of
 * the stems it scores from their lists instead of adding up every stem of every block.
 */
export interface TotalsMemo {
  get(): KeptTotals | undefined;
  put(value: KeptTotals): void;
}

/** Slots of rowCount's filter, and a stem's slot: its length and first letter. */
export const ROW_FILTER = 1 << 16;
export function filterSlot(stem: string): number {
  return ((stem.length << 8) ^ stem.charCodeAt(0)) & (ROW_FILTER - 1);
}

/**
 * The corpus counts of `blocks` (see KeptTotals) under the rule (count at
 * least `minCount`, articles at least `minArticles` or the block's most):
 * from `memo` when it holds exactly these blocks (by their ids: a block's rows
 * are a function of its id) under the same rule, else added up over every
 * stem of every block and kept in `memo` when every block has an id.
 */
export function keptTotals(blocks: readonly BlockTerms[], memo: TotalsMemo | undefined, minCount: number, minArticles: number): KeptTotals {
  const ids = blocks.every((b) => b.id !== undefined) ? blocks.map((b) => b.id!) : undefined;
  const last = ids && memo?.get();
  if (last && last.rule[0] === minCount && last.rule[1] === minArticles && last.ids.length === ids!.length && last.ids.every((id, i) => id === ids![i] && last.eligible[i].length === passingCount(blocks[i], minCount, minArticles))) {
    return last;
  }
  const totals = new Map<string, number>();
  for (const b of blocks) {
    for (let e = 0; e < b.stems.length; e++) {
      const stem = b.strings[b.stems[e]];
      totals.set(stem, (totals.get(stem) ?? 0) + b.counts[e]);
    }
  }
  const eligible = blocks.map((b) => {
    const out: number[] = [];
    forEachPassing(b, minCount, minArticles, (e) => out.push(totals.get(b.strings[b.stems[e]])!));
    return out;
  });
  const kept: KeptTotals = {ids: ids ?? [], rule: [minCount, minArticles], eligible, totals: () => totals};
  if (ids && memo) memo.put(kept);
  return kept;
}

/**
 * The key-term rule on a stem's sums: its count at least `minCount`, its
 * articles at least `least` (the rule's least articles, which keptTotals caps
 * at the block's most and forEachTerm at the source's articles).
 */
export function passes(count: number, articles: number, minCount: number, least: number): boolean {
  return count >= minCount && articles >= least;
}

/** Calls `each` with the index of every stem of a block that passes the rule (articles at least `minArticles` or the block's most), in order. */
function forEachPassing(b: BlockTerms, minCount: number, minArticles: number, each: (e: number) => void): void {
  for (let e = 0, least = Math.min(minArticles, b.most); e < b.stems.length; e++) if (passes(b.counts[e], b.articles[e], minCount, least)) each(e);
}

/** How many stems of a block pass the rule. */
function passingCount(b: BlockTerms, minCount: number, minArticles: number): number {
  let n = 0;
  forEachPassing(b, minCount, minArticles, () => n++);
  return n;
}
