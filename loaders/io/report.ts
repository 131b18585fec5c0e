import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync} from "node:fs";
import {basename, join, resolve} from "node:path";
import type {Tables} from "../types.js";
import type {AdapterOptions} from "./adapters/index.js";
import {adapterOptions} from "./adapters/options.js";
import {runKey} from "./cache.js";
import {COLUMNS} from "./columns.js";
import {folderMapping} from "./folderMapping.js";
import {runExtractParallel} from "./run.js";
import {runExtract} from "./runSync.js";
import {projectPath} from "./userPath.js";
import {toCsv} from "./write.js";
import {writeByRename} from "./writeByRename.js";

/**
 * Writes one table as Parquet to stdout, for `src/data/<table>.parquet.ts`
 * loaders: `await writeTableParquet("quotes", reportTables().quotes);`. Loads
 * the Parquet writer on first use, so CSV loaders do not pay for it.
 */
export async function writeTableParquet<K extends keyof Tables>(name: K, rows: Tables[K]): Promise<void> {
  (await import("./parquet.js")).writeTableParquet(name, rows);
}

/** The report's cache: `.cache/report/` in the project (gitignored). PRESSESPIEGEL_CACHE overrides. */
export const REPORT_CACHE = resolve(process.env.PRESSESPIEGEL_CACHE ?? join(import.meta.dirname, "..", "..", ".cache", "report"));

/** Folders the report reads: PRESSESPIEGEL_INPUT (space-separated paths), else seeds/; named as projectPath names them (absolute outside the project). */
export function reportInputs(): string[] {
  return (process.env.PRESSESPIEGEL_INPUT ?? "seeds").split(/\s+/).filter(Boolean).map((path) => projectPath(path));
}

/**
 * Extracts the report's corpus with the data/ registers (PRESSESPIEGEL_DATA
 * overrides). Each data loader is its own process, so the result is cached in
 * REPORT_CACHE twice over: the whole run's tables, keyed by the run key (extractor
 * version, data/, loaders/) and every input's path, size and modification time,
 * so the second to tenth loader read one JSON file; and per article (as in
 * `extract`), so a changed input re-extracts only itself.
 */
export function reportTables(): Tables {
  const {paths, data, file} = reportRun();
  return readCached(file) ?? saveCached(file, runExtract({paths, data, cacheDir: REPORT_CACHE, adapters: reportAdapters(), mappingFile: reportMappingFile(), mappingFound: reportMappingFound()}).tables);
}

/**
 * reportTables() with the worker pool for the articles not cached yet: use it
 * in a data loader as `const tables = await reportTablesParallel();` when the
 * corpus is large (thousands of articles) and the first loader's run matters.
 */
export async function reportTablesParallel(): Promise<Tables> {
  const {paths, data, file} = reportRun();
  return readCached(file) ?? saveCached(file, (await runExtractParallel({paths, data, cacheDir: REPORT_CACHE, adapters: reportAdapters(), mappingFile: reportMappingFile(), mappingFound: reportMappingFound()})).tables);
}

/** Column mapping for CSV/TSV/JSONL inputs of the report: the mapping file named by PRESSESPIEGEL_MAPPING (named in errors as projectPath names it). */
export function reportAdapters(): AdapterOptions {
  const mapping = reportMappingFile();
  return mapping ? adapterOptions({mapping}, reportInputs()) : {};
}

/**
 * The mapping file PRESSESPIEGEL_MAPPING names, else a mapping.yaml at the top of an input folder (io/folderMapping.ts), if any (skipped
 * as an input when it lies in an input folder). Throws, naming them, when several input folders have one.
 */
export function reportMappingFile(): string | undefined {
  return process.env.PRESSESPIEGEL_MAPPING ? projectPath(process.env.PRESSESPIEGEL_MAPPING) : folderMapping(reportInputs());
}

/** Whether the report's mapping file was found in an input folder rather than named by PRESSESPIEGEL_MAPPING. */
function reportMappingFound(): boolean {
  return !process.env.PRESSESPIEGEL_MAPPING && reportMappingFile() !== undefined;
}

/** The report's data folder: PRESSESPIEGEL_DATA, else data/ (named in errors as projectPath names it). */
export function reportData(): string {
  return projectPath(process.env.PRESSESPIEGEL_DATA ?? "data");
}

function reportRun(): {paths: string[]; data: string; file: string} {
  return {paths: reportInputs(), data: reportData(), file: reportCacheFile("tables")};
}

/**
 * Where the report keeps one kind of whole-run result (`tables`, the articles'
 * `docs`): a file in REPORT_CACHE named by a key of the run key (extractor
 * version, data/, loaders/), the mapping file and every input's path, size and
 * modification time.
 */
export function reportCacheFile(kind: string): string {
  const key = createHash("sha1").update(runKey(reportData()));
  const mapping = reportMappingFile();
  if (mapping) fingerprint(key, mapping);
  for (const path of reportInputs()) fingerprint(key, path);
  return join(REPORT_CACHE, `${kind}-${key.digest("hex").slice(0, 20)}.json`);
}

/** Writes a whole-run result to its reportCacheFile, removing older ones of the same kind; returns `value`. */
export function saveReportCache<T>(file: string, value: T, json: string = JSON.stringify(value)): T {
  mkdirSync(REPORT_CACHE, {recursive: true});
  const kind = basename(file).replace(/-[0-9a-f]+\.json$/, "");
  for (const old of readdirSync(REPORT_CACHE)) if (old.startsWith(`${kind}-`) && old.endsWith(".json")) rmSync(join(REPORT_CACHE, old), {force: true});
  writeByRename(file, json);
  return value;
}

function readCached(file: string): Tables | undefined {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Tables;
  } catch {
    return undefined; // not cached yet (or damaged): extract
  }
}

function saveCached(file: string, tables: Tables): Tables {
  return saveReportCache(file, tables);
}

/** Adds every file under `path` (name, size, modification time) to the hash. */
function fingerprint(hash: ReturnType<typeof createHash>, path: string): void {
  if (!existsSync(path)) return void hash.update(`missing ${path}\0`);
  const stat = statSync(path);
  if (!stat.isDirectory()) return void hash.update(`${resolve(path)}\0${stat.size}\0${stat.mtimeMs}\0`);
  for (const entry of readdirSync(path).sort()) if (!entry.startsWith(".")) fingerprint(hash, join(path, entry));
}

/**
 * Writes one table as CSV to stdout, once. Throws with a clear message when it
 * is empty and `allowEmpty` is not set.
 */
export function writeTableCsv<K extends keyof Tables>(name: K, rows: Tables[K], {allowEmpty = false} = {}): void {
  if (!rows.length && !allowEmpty) throw new Error(`${name}: no rows extracted from ${reportInputs().join(", ")}`);
  process.stdout.write(toCsv(rows, COLUMNS[name]));
}
