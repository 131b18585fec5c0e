import type {ArticleTables} from "../types.js";
import type {ShardSums} from "./shards.js";

/** Articles whose summable rows are summed together at most (bounds the rows held before summing). */
const RUN_LENGTH = 256;

/**
 * Keeps the tables a corpus step reads only through sums (its `summable`: the
 * per-article key-term counts, about two thirds of all rows) as sums over runs
 * of consecutive articles of one input file while results arrive, so a run of
 * 10k articles does not hold every article's counts until the corpus steps.
 * A run's sums go to its first article and the others' lists are emptied: the
 * step scores a list in which consecutive rows are replaced by their sums
 * exactly as the list itself (see sumKeyTermRows), so the tables are the same.
 * Runs never cross input files, so the sums a cache shard keeps for a file
 * (summed over its results) stay that file's own.
 */
export class SummedRuns {
  private run: ArticleTables[] = [];
  private input = -1;

  constructor(private readonly sums: ShardSums) {}

  /** Adds an article's tables (in commit order) from input file number `input`. */
  add(tables: ArticleTables, input: number): void {
    if (input !== this.input) this.flush();
    this.input = input;
    this.run.push(tables);
    if (this.run.length >= RUN_LENGTH) this.flush();
  }

  /** Ends the current run: its rows become their sums on its first article. */
  flush(): void {
    const run = this.run as unknown as Record<string, unknown>[];
    if (run.length > 1) {
      for (const [name, sum] of Object.entries(this.sums)) {
        if (!run.every((tables) => Array.isArray(tables[name]))) continue;
        run[0][name] = sum(run.flatMap((tables) => tables[name] as object[]));
        for (let i = 1; i < run.length; i++) run[i][name] = [];
      }
    }
    this.run = [];
    this.input = -1;
  }
}
