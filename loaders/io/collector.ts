/** The input loop's bookkeeping: how long its phases took, and results put back in input order. */
import type {OnPhase} from "../combine.js";
import type {ArticleTables, IngestRow} from "../types.js";
import {languageWarning} from "../ingest/language.js";
import {type ShardTotals, SUMS} from "./cache.js";
import {StringPool} from "./intern.js";
import type {JobResult} from "./process.js";
import {SummedRuns} from "./summedRuns.js";
import type {Unit} from "./units.js";

/**
 * Time spent in named sections of the input loop (cache reads, extraction on
 * this thread); the rest of the loop is reported as "reading inputs, waiting for workers".
 */
export class PhaseClock {
  private readonly started = performance.now();
  private readonly spent = new Map<string, number>();

  time<T>(name: string, work: () => T): T {
    const t = performance.now();
    try {
      return work();
    } finally {
      this.spent.set(name, (this.spent.get(name) ?? 0) + performance.now() - t);
    }
  }

  async timeAsync<T>(name: string, work: () => Promise<T>): Promise<T> {
    const t = performance.now();
    try {
      return await work();
    } finally {
      this.spent.set(name, (this.spent.get(name) ?? 0) + performance.now() - t);
    }
  }

  report(onPhase?: OnPhase): void {
    if (!onPhase) return;
    const close = this.spent.get("cache close") ?? 0;
    const inLoop = [...this.spent].filter(([name]) => name !== "cache close").reduce((n, [, ms]) => n + ms, 0);
    onPhase("reading inputs, waiting for workers", performance.now() - this.started - inLoop - close);
    for (const [name, ms] of this.spent) onPhase(name, ms);
  }
}

/** Results waiting for their turn, so rows come out in input order whatever finishes first. */
export class Collector {
  readonly ingest: IngestRow[] = [];
  readonly perArticle: ArticleTables[] = [];
  /** The cache key of each article in perArticle (undefined without a cache). */
  readonly keys: (string | undefined)[] = [];
  /**
   * The input file of each article in perArticle, for telling whether two articles come from the
   * same file: "input N" for the N-th input file of the run (the rows of an adapter file share it),
   * or the article's own name when its unit has no input number.
   */
  readonly groups: string[] = [];
  private readonly waiting = new Map<number, {file: string; input: number; result: JobResult; key?: string; warnings?: string[]}>();
  private readonly summedRuns = new SummedRuns(SUMS);
  private readonly seen = new Map<string, string>();
  private readonly strings = new StringPool();
  /** Per shard with summed tables: where its ok articles went in perArticle, and whether one was left out. */
  private readonly shards = new Map<ShardTotals, {members: [article: number, at: number][]; leftOut: boolean}>();
  private next = 0;
  duplicates = 0;
  /** How many of the first rows of `ingest` are sources.yaml files' (see sources). */
  private sourceRows = 0;
  /** Rows of the run's mapping file after them (see mapping). */
  private mappingRows = 0;

  /** Rows of sources.yaml files that are broken (rejected, but no input of their own). */
  get brokenSources(): number {
    return this.ingest.slice(0, this.sourceRows).filter((row) => row.status === "rejected").length;
  }

  /** Rows of sources.yaml files read with warnings (ok, but no input of their own). */
  get warnedSources(): number {
    return this.ingest.slice(0, this.sourceRows).filter((row) => row.status === "ok" && row.reason).length;
  }

  constructor(
    private readonly onReject?: (file: string, reason: string) => void,
    private readonly summedIn?: (result: JobResult) => {shard: ShardTotals; at: number} | undefined,
    private readonly onWarn?: (file: string, reason: string) => void
  ) {}

  /**
   * Rows of the sources.yaml files that apply to the inputs and have something
   * to report (io/sources.ts), before any input's row: "rejected" with the
   * reason for a broken one, "ok" with its warnings for a readable one.
   */
  sources(rows: readonly {file: string; problem?: string; warnings: string[]}[]): void {
    if (this.ingest.length > this.sourceRows) throw new Error("Collector.sources: called after an input's or the mapping's row (sources.yaml rows come first)");
    for (const {file, problem, warnings} of rows) {
      this.sourceRows++;
      if (problem) {
        this.ingest.push({file, status: "rejected", reason: problem, article_id: ""});
        this.onReject?.(file, problem);
      } else {
        this.ingest.push({file, status: "ok", reason: warnings.join("; "), article_id: ""});
        for (const warning of warnings) this.onWarn?.(file, warning);
      }
    }
  }

  /**
   * The row of the run's mapping file (io/folderMapping.ts), after the sources.yaml rows and before any input's: "ok", with a reason
   * that says how it was found and which inputs it maps. Not an input, nor a warning.
   */
  mapping(file: string, reason: string): void {
    if (this.ingest.length > this.sourceRows + this.mappingRows) throw new Error("Collector.mapping: called after an input's row (the mapping's row comes first)");
    this.mappingRows++;
    this.ingest.push({file, status: "ok", reason, article_id: ""});
  }

  /**
   * `fresh`: the result's strings are its own (from a worker or the cache), not slices of an article's text;
   * `interned`: they are shared already (read from a cache shard, where each distinct string of a file is made once).
   */
  settle(seq: number, unit: Unit, result: JobResult, key: string | undefined, fresh = true, interned = false): void {
    if (result.ok && !interned) this.strings.rows(result.tables as unknown as Record<string, object[]>, fresh);
    this.waiting.set(seq, {file: unit.file, input: unit.input ?? -1, result, key, warnings: unit.warnings});
    for (let ready; (ready = this.waiting.get(this.next)); this.next++) {
      this.waiting.delete(this.next);
      this.commit(ready.file, ready.input, ready.result, ready.key, ready.warnings);
    }
  }

  private commit(file: string, input: number, result: JobResult, key: string | undefined, warnings: string[] = []): void {
    if (!result.ok) {
      this.ingest.push({file, status: "rejected", reason: result.reason, article_id: ""});
      return this.onReject?.(file, result.reason);
    }
    const member = this.summedIn?.(result);
    const shard = member && (this.shards.get(member.shard) ?? this.shards.set(member.shard, {members: [], leftOut: false}).get(member.shard)!);
    const first = this.seen.get(result.article_id);
    if (first) {
      this.duplicates++;
      if (shard) shard.leftOut = true;
      return void this.ingest.push({file, status: "duplicate", reason: `same text as ${first}`, article_id: result.article_id});
    }
    this.seen.set(result.article_id, file);
    this.perArticle.push(result.tables);
    this.keys.push(key);
    // the number of the input file, not a parse of the name: a path or a row id may hold "#" or "/" itself
    this.groups.push(input >= 0 ? `input ${input}` : file);
    // rows read from a shard are summed over their file already; others are summed in runs as they come
    if (shard || input < 0) this.summedRuns.flush();
    else this.summedRuns.add(result.tables, input);
    shard?.members.push([this.perArticle.length - 1, member!.at]);
    // read, but not all as given: the warnings are the row's reason
    const language = languageWarning(result.tables.articles[0]?.language ?? "");
    if (language) warnings = [...warnings, language];
    this.ingest.push({file, status: "ok", reason: warnings.join("; "), article_id: result.article_id});
    for (const warning of warnings) this.onWarn?.(file, warning);
  }

  /**
   * Gives the summed tables of articles read from a shard their rows back: a
   * file's sums go to its first article (the file's articles are consecutive,
   * and the corpus step that reads them computes the same from the sums), or,
   * when an article of the file was left out as a duplicate, each article gets
   * its own rows.
   */
  restoreSummed(): void {
    this.summedRuns.flush();
    for (const [shard, {members, leftOut}] of this.shards) {
      if (!members.length) continue;
      if (!leftOut) {
        Object.assign(this.perArticle[members[0][0]], shard.sums);
        continue;
      }
      const rows = shard.rows();
      for (const [article, at] of members) Object.assign(this.perArticle[article], rows[at]);
    }
    this.shards.clear();
  }
}
