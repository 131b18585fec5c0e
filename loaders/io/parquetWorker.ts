import {writeFileSync} from "node:fs";
import {createRequire} from "node:module";
import {Worker} from "node:worker_threads";
import {PARQUET_WRITER, type WriterSettings} from "./parquetSettings.js";

/**
 * Encodes Arrow IPC streams as Parquet files and writes them on a worker
 * thread, so the main thread formats the next table's CSV and Arrow stream
 * meanwhile (encoding is about a third of writing a table; the re-run of
 * `extract` after adding one article writes five of them). The worker is
 * plain CommonJS given as code (no TypeScript, so tsx's hooks are not needed
 * and it starts in a few milliseconds) and loads parquet-wasm itself; its
 * settings are PARQUET_WRITER (parquetSettings.ts) as `ipcToParquet` (parquet.ts) uses them, which
 * test/loaders/io/parquetWorker.test.ts checks byte for byte. Before loading it, the worker sets the V8 flags it is
 * given (WASM_FLAGS when the `extract` command line asks for them; none by default).
 */
const WORKER = `
const {parentPort, workerData} = require("node:worker_threads");
const {writeFileSync} = require("node:fs");
if (workerData.wasmFlags) require("node:v8").setFlagsFromString(workerData.wasmFlags);
const parquet = require(workerData.parquetWasm);
parentPort.on("message", ({id, ipc, path}) => {
  try {
    const table = parquet.Table.fromIPCStream(ipc);
    // the settings of parquetSettings.ts (PARQUET_WRITER unless the constructor is given others, as workerData), applied as writerProperties does
    const {compression, dictionaryEnabled} = workerData.settings;
    const props = new parquet.WriterPropertiesBuilder().setCompression(parquet.Compression[compression]).setDictionaryEnabled(dictionaryEnabled).build();
    writeFileSync(path, parquet.writeParquet(table, props));
    parentPort.postMessage({id});
  } catch (error) {
    parentPort.postMessage({id, error: String((error && error.message) || error)});
  }
});
`;

/**
 * V8 flags the worker sets before it compiles parquet-wasm: WebAssembly compiled by Liftoff (V8's baseline
 * compiler) only, never tiered up to TurboFan. A run encodes each table once, so the optimizing compiler's work
 * (compiling parquet-wasm's hot functions again, on V8's helper threads) was never paid back: encoding the ×10
 * corpus's tables took about 0.4 s less CPU with it, and encoding one large table again and again is as fast
 * (see docs/scale.md). Wasm semantics do not depend on the compiler, so the bytes are the same. Process-wide,
 * like every V8 flag (Node calls changing flags after start undefined behaviour): set only when the caller asks for it
 * (`ParquetWorker`'s `wasmFlags`; the `extract` command line does, library callers of writeTables do not by default).
 */
export const WASM_FLAGS = "--liftoff-only";

/** Where a Parquet write fell back to this thread, and why. */
export type OnFallback = (path: string, reason: string) => void;

/**
 * A worker thread writing Parquet files. `write` hands it an IPC stream (the
 * buffer is transferred, not copied) and returns at once; `close` waits for
 * every write and ends the worker. When the worker cannot start or a write
 * fails there, the file is written on this thread with `fallback` instead, so
 * a write never gets lost.
 */
export class ParquetWorker {
  private worker?: Worker;
  private failed?: string;
  private next = 0;
  private readonly pending = new Map<number, {path: string; again: () => Uint8Array; done: (written: Promise<void>) => void}>();
  private readonly settled: Promise<void>[] = [];

  /**
   * @param fallback encodes the IPC stream on this thread (parquet.ts' ipcToParquet), given it again
   * @param onFallback told about each file written by `fallback`
   * @param settings the writer settings (PARQUET_WRITER; `fallback` must use the same)
   * @param wasmFlags V8 flags the worker sets before loading parquet-wasm (WASM_FLAGS; process-wide, so none unless asked)
   */
  constructor(
    private readonly fallback: (ipc: Uint8Array) => Promise<Uint8Array> | Uint8Array,
    private readonly onFallback?: OnFallback,
    settings: WriterSettings = PARQUET_WRITER,
    wasmFlags?: string
  ) {
    try {
      const parquetWasm = createRequire(import.meta.url).resolve("parquet-wasm");
      this.worker = new Worker(WORKER, {eval: true, workerData: {parquetWasm, settings, wasmFlags}});
      this.worker.on("message", ({id, error}: {id: number; error?: string}) => this.finish(id, error));
      this.worker.on("error", (error) => this.fail(`the Parquet worker failed: ${error.message}`));
      this.worker.on("exit", (code) => this.fail(`the Parquet worker exited (code ${code})`));
    } catch (error) {
      this.failed = `the Parquet worker could not start: ${(error as Error).message}`;
    }
  }

  /**
   * Writes `path` from the IPC stream `ipc` (its buffer is detached). `again`
   * builds the same stream anew, for a write the worker could not do.
   */
  write(path: string, ipc: Uint8Array, again: () => Uint8Array): void {
    if (this.failed || !this.worker) return void this.settled.push(this.here(path, again(), this.failed ?? "no worker"));
    const id = this.next++;
    this.settled.push(new Promise<void>((done) => this.pending.set(id, {path, again, done})));
    // a view of part of a buffer is copied first, so transferring it detaches nothing else
    const own = ipc.byteOffset === 0 && ipc.byteLength === ipc.buffer.byteLength ? ipc : ipc.slice();
    this.worker.postMessage({id, ipc: own, path}, [own.buffer as ArrayBuffer]);
  }

  /** Waits for every write (falling back where the worker failed), then ends the worker. */
  async close(): Promise<void> {
    await Promise.all(this.settled);
    const worker = this.worker;
    this.worker = undefined;
    this.failed ??= "closed";
    if (worker) {
      worker.removeAllListeners("exit");
      await worker.terminate();
    }
  }

  private finish(id: number, error?: string): void {
    const job = this.pending.get(id);
    if (!job) return;
    this.pending.delete(id);
    job.done(error ? this.here(job.path, job.again(), `the Parquet worker failed on ${job.path}: ${error}`) : Promise.resolve());
  }

  /** The worker is gone: every pending write is done on this thread. */
  private fail(reason: string): void {
    if (this.failed) return;
    this.failed = reason;
    for (const id of [...this.pending.keys()]) this.finish(id, reason);
  }

  private async here(path: string, ipc: Uint8Array, reason: string): Promise<void> {
    writeFileSync(path, await this.fallback(ipc));
    this.onFallback?.(path, reason);
  }
}
