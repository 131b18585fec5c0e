/**
 * A worker thread of the extraction pool: loads the data/ config once, then
 * turns each job (a file's bytes or an adapter row) into rows. See pool.ts.
 */
import {parentPort, workerData} from "node:worker_threads";
import {loadConfig} from "./config.js";
import {type Job, runJob} from "./process.js";

const config = loadConfig((workerData as {data: string}).data);

parentPort!.postMessage({ready: true});
parentPort!.on("message", ({seq, job}: {seq: number; job: Job}) => {
  parentPort!.postMessage({seq, result: runJob(job, config)});
});
