/**
 * Shares equal strings among the rows the main thread keeps for the whole run.
 * Rows arrive from the worker threads (or the cache) as fresh copies: every
 * row's source, stem, term, rule and article id is a string of its own, and a
 * quote's sentence is a second copy of its text. Most rows are the per-article
 * term counts, whose strings repeat across articles, so keeping one instance
 * of each equal string roughly halves the memory the rows take. Values are
 * unchanged (only which equal string is referenced), so output is identical.
 */
export class StringPool {
  /** Short strings (words, ids, rule ids), shared across the whole run; bounded by the vocabulary. */
  private readonly shared = new Map<string, string>();

  /**
   * @param maxShared longest string kept for the whole run; longer ones
   *   (sentences, quote texts) are shared only within one call of `rows`.
   */
  constructor(private readonly maxShared = 64) {}

  /**
   * Replaces, in place, every string value of these rows by the pool's equal
   * instance. Pass `fresh: false` for rows made on this thread: their strings
   * may be slices of the article's text, which keep the whole text alive, so
   * each is stored as a copy of its own (rows from a worker or the cache are
   * fresh copies already).
   */
  rows(tables: Record<string, readonly object[]>, fresh = true): void {
    const local = new Map<string, string>();
    for (const rows of Object.values(tables)) {
      for (const row of rows as Record<string, unknown>[]) {
        for (const key in row) {
          const value = row[key];
          if (typeof value !== "string" || value === "") continue;
          const pool = value.length <= this.maxShared ? this.shared : local;
          const same = pool.get(value);
          if (same === undefined) {
            const kept = fresh && pool === local ? value : detached(value);
            pool.set(kept, kept);
            row[key] = kept;
          } else row[key] = same;
        }
      }
    }
  }
}

/** A copy of the string that shares no memory with a larger one (V8 sliced strings keep their parent alive). */
function detached(value: string): string {
  return JSON.parse(JSON.stringify(value)) as string;
}
