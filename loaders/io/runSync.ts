/**
 * runExtractParallel on the calling thread, synchronously: for data loaders,
 * tests and `--jobs 1`. Loads the extractors and the date finder up front
 * (run.ts loads them only when needed).
 */
import {corpusSteps} from "../extractors.js";
import {runJob} from "./process.js";
import {extractHere, finish, misses, type RunOptions, type RunResult, startRun} from "./run.js";

/** Reads, extracts and combines every input on the calling thread (see runExtractParallel). */
export function runExtract(options: RunOptions): RunResult {
  const run = startRun(options);
  const extracted = {inline: 0, workers: 0};
  const read = {units: 0, bytes: 0};
  for (const miss of misses(options, run, read)) extractHere(miss, runJob, run, extracted);
  return finish(run.collector, read.units, read.bytes, run.cache, run.config, extracted, run.clock, corpusSteps, options.onPhase);
}
