import {createHash} from "node:crypto";
import {csvFormatBody, csvFormatRows} from "d3-dsv";
import {closeSync, mkdirSync, openSync, readFileSync, statSync, writeFileSync, writeSync} from "node:fs";
import {join} from "node:path";
import type {OnPhase} from "../pipeline.js";
import type {ArticleTables, Tables} from "../types.js";
import {COLUMNS} from "./columns.js";
import {CsvParts} from "./csvParts.js";
import {fileSpans} from "./fileSpans.js";
import {cellsFingerprint} from "./fingerprint.js";
import {type ArticleFragments, isPerArticle, keysFingerprint} from "./keysFingerprint.js";
import {ParquetWorker, WASM_FLAGS} from "./parquetWorker.js";
import {PARQUET_WRITER} from "./parquetSettings.js";
import {writeByRename} from "./writeByRename.js";

/** Formats rows as CSV with the given columns; null and undefined become empty cells. */
export function toCsv(rows: readonly object[], columns: readonly string[]): string {
  const header = csvFormatRows([columns as string[]]);
  if (!rows.length) return header + "\n";
  return header + "\n" + csvFormatBody(rows as any[], columns as string[]) + "\n";
}

/** Options of writeTables. */
export interface WriteOptions {
  /** Write Parquet beside CSV (default true). */
  parquet?: boolean;
  onPhase?: OnPhase;
  /**
   * Where to keep what was written (`tables.json`: a fingerprint of each
   * table and the size and modification time of its files). A table whose
   * fingerprint and files are unchanged since the last run is not written
   * again. Only with Parquet on; unset: every table is written.
   */
  manifestDir?: string;
  /**
   * The run's articles (cache keys and rows before the corpus steps): the
   * per-article tables are then fingerprinted by keysFingerprint, which hashes
   * only the cells of rows a corpus step rewrote.
   */
  fragments?: ArticleFragments;
  /**
   * Keys of the content of some tables (RunResult.contentKeys: equal keys,
   * equal tables), which then serve as their fingerprints.
   */
  contentKeys?: Record<string, string>;
  /**
   * A Parquet worker started earlier (startParquetWorker), so that it loads
   * parquet-wasm while the caller reads and extracts; writeTables uses and closes it.
   */
  parquetWorker?: ParquetWorker;
}

/**
 * Starts the Parquet worker ahead of writeTables (its WriteOptions.parquetWorker):
 * it loads parquet-wasm on its own thread meanwhile. Its fallback loads the
 * Arrow writer on this thread only if the worker fails. Close it (writeTables does) or the process stays alive.
 * `liftoffOnly` sets WASM_FLAGS (`--liftoff-only`, a process-wide V8 flag) in the worker: only the `extract` command
 * line (cliMain.ts), which owns its process, asks for it.
 */
export function startParquetWorker({liftoffOnly = false}: {liftoffOnly?: boolean} = {}): ParquetWorker {
  return new ParquetWorker(async (ipc) => (await import("./arrowWrite.js")).ipcToParquetHere(ipc), warnFallback, PARQUET_WRITER, liftoffOnly ? WASM_FLAGS : undefined);
}

/** How a Parquet file written on the main thread instead of the worker is reported. */
function warnFallback(path: string, reason: string): void {
  process.emitWarning(`${path} written on the main thread: ${reason}`);
}

/** What the manifest keeps per table. */
interface Written {
  fingerprint: string;
  files: Record<string, {size: number; mtimeMs: number}>;
}

/**
 * Writes one CSV and one Parquet file per table into `dir`. Returns the file
 * names written or kept. The Parquet writer (apache-arrow, parquet-wasm) is loaded
 * only here, keeping start-up short for everything else.
 *
 * With `manifestDir`, each table is first fingerprinted by its cells
 * (cellsFingerprint: both files are functions of them; with `fragments`, the
 * per-article tables by keysFingerprint; a table with a value of another kind
 * is fingerprinted by the SHA-1 of its Arrow stream instead).
 * Tables with a NaN are always written (NaN is a null in Parquet but "NaN" in
 * CSV). Files whose fingerprint matches the last run's and that still have
 * the size and modification time then recorded are left as they are: the
 * bytes are those this run would write. The Arrow stream is built only for
 * the tables written, and encoded as Parquet on a worker thread
 * (parquetWorker.ts) while this thread formats the CSV files; they are
 * written the largest first, so the worker starts on the longest encoding,
 * and stamped in the manifest once all are written.
 */
export async function writeTables(dir: string, tables: Tables, {parquet = true, onPhase, manifestDir, fragments, contentKeys, parquetWorker}: WriteOptions = {}): Promise<string[]> {
  let t = performance.now();
  const arrow = parquet ? await import("./arrowWrite.js") : undefined;
  const spent = {csv: 0, parquet: performance.now() - t, kept: 0, wait: 0, spans: 0};
  mkdirSync(dir, {recursive: true});
  const manifestPath = manifestDir && arrow ? join(manifestDir, "tables.json") : undefined;
  const before = manifestPath ? readManifest(manifestPath) : {};
  const after: Record<string, Written> = {};
  const written: string[] = [];
  // first which tables changed, then those written, the largest first: its Parquet file is encoded on a
  // worker thread (started at the first one) while this thread formats the CSV files
  const changed: {name: keyof Tables; files: string[]; fingerprint?: string; ipc?: {bytes: Uint8Array}}[] = [];
  for (const name of Object.keys(COLUMNS) as (keyof Tables)[]) {
    const files = arrow ? [`${name}.csv`, `${name}.parquet`] : [`${name}.csv`];
    written.push(...files);
    if (!manifestPath) {
      changed.push({name, files});
      continue;
    }
    t = performance.now();
    // the cells' fingerprint, else (a value of another kind) the Arrow stream's; none when a value is NaN
    let ipc: {bytes: Uint8Array; nan: boolean} | undefined;
    let fingerprint: string | undefined;
    const content = contentKeys?.[name];
    const byKeys = !content && fragments && isPerArticle(name) ? keysFingerprint(tables[name], COLUMNS[name], name, fragments) : undefined;
    const cells = content || byKeys ? undefined : cellsFingerprint(tables[name], COLUMNS[name]);
    if (content) fingerprint = `${arrow!.FORMAT}:content:${content}`;
    else if (byKeys) fingerprint = `${arrow!.FORMAT}:keys:${byKeys}`;
    else if (cells) fingerprint = `${arrow!.FORMAT}:cells:${cells}`;
    else {
      ipc = arrow!.tableIpc(tables[name], COLUMNS[name]);
      if (!ipc.nan) fingerprint = `${arrow!.FORMAT}:${createHash("sha1").update(ipc.bytes).digest("hex")}`;
    }
    if (fingerprint && unchanged(dir, files, fingerprint, before[name])) {
      after[name] = before[name];
      spent.kept += performance.now() - t;
    } else {
      after[name] = undefined!; // keeps the tables' order in the manifest: stamped once written, left out without a fingerprint
      changed.push({name, files, fingerprint, ipc});
      spent.parquet += performance.now() - t;
    }
  }
  changed.sort((a, b) => tables[b.name].length - tables[a.name].length);
  // per-article tables from the cached CSV lines of each input file's articles (see csvParts.ts)
  const parts = manifestDir && fragments?.groups ? new CsvParts(join(manifestDir, "csv")) : undefined;
  // and their Arrow streams as one record batch per input file (see arrowParts.ts), kept with a cache
  const arrowParts = arrow && fragments?.groups ? new arrow.ArrowParts(parts ? join(manifestDir!, "arrow") : undefined) : undefined;
  let worker: ParquetWorker | undefined = parquet ? parquetWorker : undefined;
  try {
    for (const {name, ipc} of changed) {
      const [rows, columns] = [tables[name], COLUMNS[name]];
      t = performance.now();
      const spans = (parts || arrowParts) && isPerArticle(name) && rows.length ? fileSpans(rows, columns, name, fragments!) : undefined;
      spent.spans += performance.now() - t;
      if (arrow) {
        // the Arrow stream first, so the worker encodes it while the CSV is formatted here
        t = performance.now();
        worker ??= new ParquetWorker(arrow.ipcToParquetHere, warnFallback);
        // a per-article table's stream is cut by input file with or without a cache, so both write the same Parquet bytes
        const build = () => (spans && arrowParts!.tableIpc(rows, columns, name, spans)) || arrow.tableIpc(rows, columns);
        const stream = (spans && arrowParts!.tableIpc(rows, columns, name, spans)) || ipc || arrow.tableIpc(rows, columns);
        worker.write(join(dir, `${name}.parquet`), stream.bytes, () => build().bytes);
        spent.parquet += performance.now() - t;
      }
      t = performance.now();
      const pieces = spans && parts?.pieces(rows, columns, name as keyof ArticleTables, fragments!, spans);
      if (pieces) writePieces(join(dir, `${name}.csv`), csvFormatRows([columns as string[]]) + "\n", pieces, "\n");
      else writeFileSync(join(dir, `${name}.csv`), toCsv(rows, columns));
      spent.csv += performance.now() - t;
    }
  } finally {
    t = performance.now();
    await worker?.close();
    if (parquetWorker !== worker) await parquetWorker?.close();
    spent.wait += performance.now() - t;
  }
  // stamped once every file is written
  for (const {name, files, fingerprint} of changed) if (fingerprint && manifestPath) after[name] = {fingerprint, files: Object.fromEntries(files.map((f) => [f, fileStamp(join(dir, f))!]))};
  if (manifestPath) writeByRename(manifestPath, JSON.stringify(after));
  if (parts) onPhase?.("rows by input file (spans)", spent.spans);
  onPhase?.("write CSV", spent.csv);
  if (arrow) onPhase?.("write Parquet (Arrow streams)", spent.parquet);
  if (arrow) onPhase?.("waiting for the Parquet worker", spent.wait);
  if (manifestPath) onPhase?.("unchanged tables (checked, kept)", spent.kept);
  return written;
}

/**
 * Writes `head`, each piece (UTF-8 text or bytes) as soon as it is taken (a
 * part's bytes are valid only until the next is read), then `tail` to `path`.
 */
function writePieces(path: string, head: string, pieces: Iterable<string | Uint8Array>, tail: string): void {
  const fd = openSync(path, "w");
  const write = (piece: string | Uint8Array) => {
    const bytes = typeof piece === "string" ? Buffer.from(piece) : piece;
    for (let done = 0; done < bytes.byteLength; ) done += writeSync(fd, bytes, done);
  };
  try {
    write(head);
    for (const piece of pieces) write(piece);
    write(tail);
  } finally {
    closeSync(fd);
  }
}

/** True when the table's fingerprint is the one recorded and its files are still those then written. */
function unchanged(dir: string, files: string[], fingerprint: string, last: Written | undefined): boolean {
  if (!last || last.fingerprint !== fingerprint) return false;
  return files.every((f) => {
    const now = fileStamp(join(dir, f));
    const then = last.files[f];
    return now !== undefined && then !== undefined && now.size === then.size && now.mtimeMs === then.mtimeMs;
  });
}

function fileStamp(path: string): {size: number; mtimeMs: number} | undefined {
  try {
    const {size, mtimeMs} = statSync(path);
    return {size, mtimeMs};
  } catch {
    return undefined;
  }
}

function readManifest(path: string): Record<string, Written> {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as Record<string, Written>;
  } catch {
    return {};
  }
}
