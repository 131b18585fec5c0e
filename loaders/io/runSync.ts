/**
 * runExtractParallel on the calling thread, synchronously: for data loaders,
 * tests and `--jobs 1`. Loads the extractors and the date finder up front
 * (run.ts loads them only when needed).
 */
import {corpusSteps} from "../extractors.js";
import {runJob} from "./process.js";
import {cacheable, finish, lookUp, type RunOptions, type RunResult, startRun, toJob} from "./run.js";
import {readUnits} from "./units.js";

/** Reads, extracts and combines every input on the calling thread (see runExtractParallel). */
export function runExtract(options: RunOptions): RunResult {
  const {config, files, total, cache, collector, clock} = startRun(options);
  const extracted = {inline: 0, workers: 0};
  let seq = 0, bytes = 0, units = 0;
  for (const unit of readUnits(files, options.adapters, cache)) {
    const s = seq++;
    units++;
    bytes += unit.bytesRead;
    const {known, key} = clock.time("cache reads", () => lookUp(unit, cache));
    if (known) collector.settle(s, unit, known, key, true, cache?.isInterned(known));
    else {
      const work = unit as Parameters<typeof toJob>[0]; // lookUp() took problems and replays
      const result = clock.time("extraction (this thread)", () => runJob(toJob(work), config));
      extracted.inline++;
      if (key && cacheable(result)) cache!.put(key, result);
      collector.settle(s, unit, result, key, false);
    }
    options.onProgress?.(bytes, total, collector.perArticle.length);
  }
  return finish(collector, units, bytes, cache, config, extracted, clock, corpusSteps, options.onPhase);
}
