import {availableParallelism} from "node:os";
import {createRequire} from "node:module";
import {pathToFileURL} from "node:url";
import {Worker} from "node:worker_threads";
import type {Job, JobResult} from "./process.js";

/** Default pool size: both cores of the target machines, never more than the machine has. */
export function defaultJobs(): number {
  return Math.max(1, Math.min(2, availableParallelism()));
}

interface Slot {
  worker: Worker;
  pending: Map<number, (result: JobResult) => void>;
}

/**
 * A fixed pool of worker threads running `worker.ts`. Under tsx (the CLI, the
 * report's data loaders, vitest) the workers load TypeScript through tsx's
 * ESM loader (`--import tsx`); compiled .js runs as is. Each job goes to the
 * worker with the fewest pending jobs. A crashed worker's jobs are answered
 * with a reason and the worker is replaced.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private seq = 0;
  private readonly started: Promise<unknown>;

  constructor(readonly size: number, private readonly data: string) {
    const ready: Promise<void>[] = [];
    for (let i = 0; i < size; i++) {
      const slot = this.spawn();
      this.slots.push(slot);
      ready.push(new Promise((resolve, reject) => {
        slot.worker.once("message", () => resolve());
        slot.worker.once("error", reject);
      }));
    }
    this.started = Promise.all(ready);
    this.started.catch(() => {}); // reported by ready()
  }

  /** Resolves when every worker has loaded; rejects when one could not start. */
  ready(): Promise<unknown> {
    return this.started;
  }

  /** Runs one job on the least busy worker. */
  run(job: Job): Promise<JobResult> {
    const slot = this.slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const seq = this.seq++;
    return new Promise((resolve) => {
      slot.pending.set(seq, resolve);
      slot.worker.postMessage({seq, job});
    });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private spawn(): Slot {
    const entry = new URL(`./worker${import.meta.url.endsWith(".ts") ? ".ts" : ".js"}`, import.meta.url).href;
    const tsx = entry.endsWith(".ts") ? tsxApi() : "";
    const worker = new Worker(BOOT, {eval: true, workerData: {data: this.data, entry, tsx}});
    const slot: Slot = {worker, pending: new Map()};
    worker.on("message", ({seq, result}: {seq: number; result: JobResult}) => {
      if (!result) return; // the ready message
      const resolve = slot.pending.get(seq);
      slot.pending.delete(seq);
      resolve?.(result);
    });
    worker.on("error", (error) => {
      for (const resolve of slot.pending.values()) resolve({ok: false, reason: `could not be processed: worker failed: ${error.message}`});
      slot.pending.clear();
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots[index] = this.spawn();
    });
    return slot;
  }
}

/**
 * The worker's bootstrap: registers tsx's ESM loader in the worker thread when
 * the entry is TypeScript (`--import tsx` in execArgv does not reach worker
 * threads on Node 20), then loads the entry.
 */
const BOOT = `
const {workerData} = await import("node:worker_threads");
if (workerData.tsx) (await import(workerData.tsx)).register();
await import(workerData.entry);
`;

/** URL of tsx's ESM API (`tsx/esm/api`), which registers its loader in the current thread. */
function tsxApi(): string {
  try {
    return import.meta.resolve("tsx/esm/api");
  } catch {
    return pathToFileURL(createRequire(import.meta.url).resolve("tsx/esm/api").replace(/\.cjs$/, ".mjs")).href;
  }
}
