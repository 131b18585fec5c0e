/**
 * Rows of a table held in columns, the way a cache reads them back: a column
 * of strings as indices into `strings` (-1 for null), any other column as its
 * values. A cache may put one such block in a summable table in place of the
 * rows it holds (see `CorpusStep.summable` in pipeline.ts): the corpus step
 * then reads its columns directly instead of a million row objects.
 */
export class ColumnRows {
  /**
   * Names the block's content, when its maker can (a cache: the keys of the
   * file's articles); equal ids, equal rows. A step may keep what it derived
   * from a block between runs by its id (see TotalsMemo in topics/keytermCounts.ts).
   */
  id?: string;

  /**
   * `length` rows of `columns` (in their order); `ids` maps each string
   * column to its indices into `strings`, `values` each other column to its cells.
   */
  constructor(
    readonly length: number,
    readonly columns: readonly string[],
    readonly ids: Readonly<Record<string, Int32Array>>,
    readonly values: Readonly<Record<string, ArrayLike<unknown>>>,
    readonly strings: readonly string[]
  ) {}

  /** The rows as objects (for a reader that takes rows one by one). */
  rows(): Record<string, unknown>[] {
    const columns = this.columns;
    const out: Record<string, unknown>[] = new Array(this.length);
    for (let r = 0; r < this.length; r++) {
      const row: Record<string, unknown> = {};
      for (const column of columns) {
        const ids = this.ids[column];
        if (ids) row[column] = ids[r] < 0 ? null : this.strings[ids[r]];
        else row[column] = this.values[column][r];
      }
      out[r] = row;
    }
    return out;
  }
}
