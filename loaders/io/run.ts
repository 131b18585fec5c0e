import {combineTables, type OnPhase, type StepMemos} from "../combine.js";
import type {Config} from "../config.js";
import {corpusStepsWith} from "../corpus-steps.js";
import {mayAnchor} from "../events/anchor.js";
import type {CorpusStep} from "../pipeline.js";
import type {Tables} from "../types.js";
import type {AdapterOptions} from "./adapters/index.js";
import {ArticleCache, runKey} from "./cache.js";
import {Collector, PhaseClock} from "./collector.js";
import {bundledRunJob} from "./extractorBundle.js";
import {mappingInInputFolder, mappingRowReason} from "./folderMapping.js";
import {loadConfig} from "./config.js";
import {unusedEntries} from "./adapters/perFile.js";
import {listInputs} from "./inputs.js";
import {defaultJobs, WorkerPool} from "./pool.js";
import type {Job, JobResult} from "./process.js";
import type {ArticleFragments} from "./keysFingerprint.js";
import {JsonStepStore} from "./stepStore.js";
import {newSourcesRun, sourcesReports} from "./sources.js";
import {displayName, readUnits, type Unit} from "./units.js";

export interface RunOptions {
  /** Files or folders to read (folders recursively). */
  paths: string[];
  /** The data folder (registers, lexicons); default "data". */
  data?: string;
  /** The parsed data folder, when the caller has it already. */
  config?: Config;
  /** Column mapping and DSV settings for CSV/TSV/JSONL inputs. */
  adapters?: AdapterOptions;
  /** The mapping file the adapters were read from: not an input when it lies in a folder read. */
  mappingFile?: string;
  /** The mapping file was found in an input folder (io/folderMapping.ts), not named with --mapping: its ingest row says so. */
  mappingFound?: boolean;
  /** Folder of the per-article cache (e.g. `<out>/.cache`); no cache when unset. */
  cacheDir?: string;
  /** Worker threads; 1 runs everything on the calling thread. Default min(2, cores). */
  jobs?: number;
  /**
   * Inputs extracted on the calling thread before the worker pool starts, and
   * while it loads (default INLINE_FIRST). 0 starts the pool at once and waits
   * for it, so every input goes to the workers.
   */
  inlineFirst?: number;
  /** Called as inputs are read: bytes read so far, total bytes, articles so far. */
  onProgress?: (doneBytes: number, totalBytes: number, articles: number) => void;
  /** Called with a one-line message for each rejected input (and each broken sources.yaml). */
  onReject?: (file: string, reason: string) => void;
  /** Called with each warning about an input read not quite as given (sources.yaml entries, encoding, dates). */
  onWarn?: (file: string, warning: string) => void;
  /** Called with the name and duration (ms) of each phase: start, reading inputs, cache reads, extraction, each corpus step. */
  onPhase?: OnPhase;
}

export interface RunResult {
  tables: Tables;
  /** Inputs accounted for in ingest.csv (files, adapter rows). */
  inputs: number;
  rejected: number;
  /** Broken sources.yaml files (rejected rows of ingest.csv, not counted in `inputs` or `rejected`). */
  brokenSources: number;
  /** sources.yaml files read with warnings (ok rows of ingest.csv with a reason, not counted in `inputs`). */
  warnedSources: number;
  duplicates: number;
  /** Bytes of input read. */
  bytes: number;
  /** Articles taken from the cache. */
  cached: number;
  /** Inputs extracted on the calling thread and by the worker threads. */
  extracted: {inline: number; workers: number};
  /** The cache folder of this run key (where writeTables may keep its manifest); undefined without a cache. */
  runCacheDir?: string;
  /**
   * Each article's key (with a cache) and its rows before the corpus steps, of
   * the per-article tables the steps pass on, and its input file (for
   * writeTables' fingerprints, and its Arrow streams cut by input file with
   * or without a cache).
   */
  fragments?: ArticleFragments;
  /** With a cache: keys of the content of the tables the corpus steps' memo keys fix (for writeTables). */
  contentKeys?: Record<string, string>;
}

/**
 * Inputs the cache does not have are extracted on the calling thread until
 * there are more than this many: starting a worker costs about a second of
 * loading, more than a few articles take, so small incremental runs never pay it.
 */
const INLINE_FIRST = 16;


/** Results worth keeping: articles and inputs rejected for what they hold, not a crashed worker. */
export function cacheable(result: JobResult): boolean {
  return result.ok || !result.reason.includes("worker failed");
}

/** A replayed input whose cache entry another process removed meanwhile (rare). */
const VANISHED: JobResult = {ok: false, reason: "its cache entry was removed by another run meanwhile; run again"};

/** What both runners set up: config, inputs, their total size, the cache and the result collector. */
export function startRun(options: RunOptions) {
  const started = performance.now();
  newSourcesRun();
  const data = options.data ?? "data";
  const config = options.config ?? loadConfig(data);
  const files = listInputs(options.paths, undefined, options.mappingFile ? [options.mappingFile] : []);
  // an entry of the mapping file that names no input is most likely a misspelt file name
  for (const key of unusedEntries(options.adapters ?? {}, files.map((f) => f.path))) options.onWarn?.(options.adapters!.perFile!.file, `entry "${key}" names no input file`);
  const total = files.reduce((n, f) => n + (f.size ?? 0), 0);
  const cache = options.cacheDir ? new ArticleCache(options.cacheDir, runKey(data)) : undefined;
  const collector = new Collector(options.onReject, cache && ((result) => cache.summedIn(result)), options.onWarn);
  // files that are no input and are not read (a mapping file the run does not use): an "ok" row with the warning, before the inputs'
  const notes = files.filter((f) => f.note).map((f) => ({file: displayName(f.path), warnings: [f.note!]}));
  collector.sources([...sourcesReports(files.filter((f) => !f.note)).map((report) => ({...report, file: displayName(report.path)})), ...notes]);
  if (options.mappingFile) collector.mapping(displayName(options.mappingFile), mappingRowReason(options.mappingFound ? "found" : "given", mappingInInputFolder(options.mappingFile, options.paths)));
  options.onPhase?.("start (config, inputs, run key)", performance.now() - started);
  return {data, config, files, total, cache, collector, clock: new PhaseClock()};
}

/**
 * Looks an input up: `known` is its result when it needs no extraction (a
 * problem, a cache hit, a vanished cache entry); `key` is its cache key.
 */
function lookUp(unit: Unit, cache: ArticleCache | undefined): {known?: JobResult; key?: string} {
  if ("problem" in unit) return {known: {ok: false, reason: unit.problem}};
  const key = cache?.key(unit);
  const hit = key ? cache!.get(key) : undefined;
  return {key, known: hit ?? ("cachedKey" in unit ? VANISHED : undefined)};
}

/** An input that needs extracting: not a problem, not replayed from the cache. */
type Work = Exclude<Unit, {problem: string} | {cachedKey: string}>;

function toJob(unit: Work): Job {
  return "raw" in unit ? {file: unit.file, raw: unit.raw} : {file: unit.file, path: unit.path, bytes: unit.bytes, given: unit.given, ...(unit.mixed !== undefined ? {mixed: unit.mixed} : {})};
}

/** An input the cache does not have: its place in input order, the unit and its cache key. */
export interface Miss {
  s: number;
  unit: Work;
  key?: string;
}

/**
 * Reads the inputs in order, settles those that need no extraction (problems,
 * cache hits) and yields the others. Counts what was read into `read` and
 * reports progress after each input, once the caller has dealt with a yielded one.
 */
export function* misses(options: RunOptions, run: ReturnType<typeof startRun>, read: {units: number; bytes: number}): Generator<Miss> {
  const {files, total, cache, collector, clock} = run;
  let s = 0;
  for (const unit of readUnits(files, options.adapters, cache)) {
    read.units++;
    read.bytes += unit.bytesRead;
    const {known, key} = clock.time("cache reads", () => lookUp(unit, cache));
    if (known) collector.settle(s, unit, known, key, true, cache?.isInterned(known));
    else yield {s, unit: unit as Work, key}; // lookUp() took problems and replays
    s++;
    options.onProgress?.(read.bytes, total, collector.perArticle.length);
  }
}

/** Extracts a missed input on this thread, keeps its result in the cache and settles it. */
export function extractHere({s, unit, key}: Miss, runJob: typeof import("./process.js").runJob, run: ReturnType<typeof startRun>, extracted: RunResult["extracted"]): void {
  const result = run.clock.time("extraction (this thread)", () => runJob(toJob(unit), run.config));
  extracted.inline++;
  if (key && cacheable(result)) run.cache!.put(key, result);
  run.collector.settle(s, unit, result, key, false);
}

/**
 * Reads every input, extracts each article and combines the tables, streaming:
 * only the rows are held, never the texts of the whole corpus. Per-article
 * work runs on a pool of worker threads (`jobs`), results are taken in input
 * order, so ingest.csv and every table come out in the same order whatever the
 * pool size. Inputs whose key is in the cache are not extracted again.
 * A bad input becomes a "rejected" row with its reason and never stops the
 * run; an exact repeat of an earlier input becomes a "duplicate" row.
 */
export async function runExtractParallel(options: RunOptions): Promise<RunResult> {
  const jobs = options.jobs ?? defaultJobs();
  if (jobs <= 1) return (await import("./runSync.js")).runExtract(options);
  const run = startRun(options);
  const {data, cache, collector, clock} = run;
  let pool: WorkerPool | undefined; // started at the first input the cache does not have
  let poolReady = false;
  let runJob: typeof import("./process.js").runJob | undefined; // loaded with the extractors at the first such input
  let missed = 0;
  const extracted = {inline: 0, workers: 0};
  const window = jobs * 16;
  const inFlight = new Set<Promise<void>>();
  const read = {units: 0, bytes: 0};
  try {
    for (const miss of misses(options, run, read)) {
      missed++;
      if (!pool && missed > (options.inlineFirst ?? INLINE_FIRST)) {
        pool = new WorkerPool(jobs, data);
        const started = pool.ready().then(
          () => void (poolReady = true),
          (error) => process.emitWarning(`worker threads could not start (${(error as Error).message}); extracting on the main thread`)
        );
        if (options.inlineFirst === 0) await started;
      }
      if (!poolReady) {
        // few inputs so far, or the workers are still loading (or failed): work on this thread
        runJob ??= await clock.timeAsync("load the extractors", async () => (cache && (await bundledRunJob(cache.run))) || (await import("./process.js")).runJob);
        extractHere(miss, runJob, run, extracted);
        await new Promise(setImmediate); // let the workers' ready messages in
        continue;
      }
      extracted.workers++;
      const {s, unit, key} = miss;
      const task = pool!.run(toJob(unit)).then((result) => {
        if (key && cacheable(result)) cache!.put(key, result);
        collector.settle(s, unit, result, key);
        inFlight.delete(task);
      });
      inFlight.add(task);
      if (inFlight.size >= window) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    await pool?.close();
  }
  // the date finder (and its 130 modules) only when the events step may anchor a quoted date with it
  const reresolve = collector.perArticle.some(mayAnchor) ? (await import("../dates/reresolve.js")).reresolveDate : undefined;
  return finish(collector, read.units, read.bytes, cache, run.config, extracted, clock, corpusStepsWith(reresolve), options.onPhase);
}

/** Closes the cache and runs the corpus steps over the rows collected. */
export function finish(collector: Collector, inputs: number, bytes: number, cache: ArticleCache | undefined, config: Config, extracted: RunResult["extracted"], clock: PhaseClock, steps: readonly CorpusStep[], onPhase?: OnPhase): RunResult {
  clock.time("cache close", () => (collector.restoreSummed(), cache?.close(), cache?.prune()));
  clock.report(onPhase);
  const memos: StepMemos | undefined = cache && {keys: collector.keys, store: new JsonStepStore(cache.dir)};
  const tables = combineTables(collector.perArticle, collector.ingest, config, steps, onPhase, memos);
  const rejected = collector.ingest.filter((r) => r.status === "rejected").length - collector.brokenSources;
  return {tables, inputs, rejected, brokenSources: collector.brokenSources, warnedSources: collector.warnedSources, duplicates: collector.duplicates, bytes, cached: cache?.hits ?? 0, extracted, runCacheDir: cache?.dir, fragments: fragments(collector), contentKeys: memos?.contentKeys};
}

/** The collected articles' keys and rows, without the tables only the corpus steps read (sums, not passed on). */
function fragments(collector: Collector): ArticleFragments {
  return {keys: collector.keys, tables: collector.perArticle.map(({keyterms, framing, ...passedOn}) => passedOn), groups: collector.groups};
}
