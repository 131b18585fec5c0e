/**
 * The extract command (`npm run extract -- --out DIR [options] PATH...`):
 * reads files or folders (recursively) and writes one CSV and one Parquet
 * file per table into DIR. Started by `extract.mjs` (from a prebuilt bundle
 * of this module, see cliBundle.mjs) or by `cli.ts` under tsx.
 */
import {existsSync, statSync} from "node:fs";
import {join} from "node:path";
import {parseArgs} from "node:util";
import {adapterOptions, COLUMN_FLAGS} from "./adapters/options.js";
import {loadConfig} from "./config.js";
import {defaultJobs} from "./pool.js";
import {progressBar} from "./progress.js";
import {type RunResult, runExtractParallel} from "./run.js";
import {folderMapping, isMappingName, isMappingRow} from "./folderMapping.js";
import {SOURCES_FILE} from "./sources.js";
import {userPath} from "./userPath.js";
import {startParquetWorker, writeTables} from "./write.js";

const USAGE = `usage: npm run extract -- --out DIR [options] PATH...

  --out DIR             where the tables go (CSV and Parquet); the cache is DIR/.cache
  --data DIR            registers and lexicons (default data)
  --no-cache            extract every article again, ignoring and not writing DIR/.cache
  --jobs N              worker threads (default ${defaultJobs()}; 1 runs on the main thread)
  --no-parquet          write CSV only
  --timings             print how long each phase took (start, cache reads, extraction, corpus steps, writing)
Inputs: .txt .md .html (one article each; a .txt press-database export with "Dokument 1 von 3" or
"End of Document" markers gives one article per document, path#n), .csv .tsv .jsonl .ndjson, .json (an
array of article objects, or {"articles": [...]}), .rss .atom .xml (one article per item).
CSV/TSV/JSONL/JSON inputs (one article per row, file path#row):
  --text-column NAME    column with the article text (default: text, content, body, …)
  --title-column, --outlet-column, --published-column, --url-column,
  --language-column, --id-column, --label-column NAME
  --columns a,b,…       column names for files without a header row
  --delimiter C         field separator (default , for .csv, tab for .tsv)
  --quote C             quote character (default ")
  --mapping FILE        the same settings as YAML (columns, delimiter, quote, text, title, …).
                        Top-level settings map every CSV/TSV/JSONL/JSON input; a mapping lying in an
                        input folder maps only its folder and below. Per file: a key naming a file
                        or glob, relative to the mapping's folder, with that file's settings
                        (clipping.jsonl: {text: volltext}); files no entry names get the top-level
                        settings, else the default column names. Only the text column is required:
                        another mapped column the file lacks is a warning. Flags win over the file.
                        Without --mapping, a mapping.yaml (or .yml) at the top of an input folder
                        is used, as a sources.yaml is; ingest.csv names the mapping used.`;

/** When this module started running (after its imports), in ms since this process started (under tsx, its second process). */
const moduleStart = performance.now();

/**
 * Runs the command with the process's arguments and returns its exit code:
 * 0 when every input was read, 1 when some were rejected or a sources.yaml is
 * broken (the rest are still written), 2 on a usage error.
 */
export async function main(options: {loadedFrom?: string} = {}): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        out: {type: "string"}, data: {type: "string"}, help: {type: "boolean"},
        "no-cache": {type: "boolean"}, "no-parquet": {type: "boolean"}, timings: {type: "boolean"}, jobs: {type: "string"},
        columns: {type: "string"}, delimiter: {type: "string"}, quote: {type: "string"}, mapping: {type: "string"},
        ...COLUMN_FLAGS
      }
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const flags = args.values as Record<string, string | boolean | undefined>;
  if (flags.help) return void console.log(USAGE), 0;
  if (!flags.out || !args.positionals.length) {
    console.error(`${!flags.out ? "missing --out DIR" : "missing PATH"}\n${USAGE}`);
    return 2;
  }
  const out = userPath(flags.out as string);
  if (existsSync(out) && !statSync(out).isDirectory()) {
    console.error(`--out ${out}: is a file, not a folder`);
    return 2;
  }
  const paths = args.positionals.map((path) => userPath(path));
  if (typeof flags.mapping === "string") flags.mapping = userPath(flags.mapping);
  flags.data = typeof flags.data === "string" ? userPath(flags.data) : "data";
  const jobs = flags.jobs === undefined ? defaultJobs() : Number(flags.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) {
    console.error(`--jobs must be a whole number ≥ 1, got "${flags.jobs}"\n${USAGE}`);
    return 2;
  }
  let config, adapters;
  // without --mapping, a mapping.yaml at the top of an input folder, as a sources.yaml (io/folderMapping.ts)
  let mappingFound = false;
  try {
    if (typeof flags.mapping !== "string") {
      flags.mapping = folderMapping(paths);
      mappingFound = flags.mapping !== undefined;
    }
    config = loadConfig(flags.data as string);
    adapters = adapterOptions(flags, paths);
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  const started = performance.now();
  const bar = progressBar(process.stderr);
  const phases: [string, number][] = [];
  const onPhase = flags.timings ? (name: string, ms: number) => void phases.push([name, ms]) : undefined;
  // the Parquet worker loads parquet-wasm on its own thread while this one reads the inputs and the cache
  // the command line owns its process, so it may set the worker's process-wide V8 flag (docs/scale.md)
  const parquetWorker = flags["no-parquet"] ? undefined : startParquetWorker({liftoffOnly: true});
  let result;
  try {
    result = await runExtractParallel({
      paths,
      data: flags.data as string,
      config,
      adapters,
      mappingFile: typeof flags.mapping === "string" ? flags.mapping : undefined,
      mappingFound,
      jobs,
      cacheDir: flags["no-cache"] ? undefined : join(out, ".cache"),
      onProgress: (done, total, articles) => bar.update(done, total, `${articles} articles`),
      onReject: (file, reason) => bar.log(`rejected ${file}: ${reason}`),
      onWarn: (file, warning) => bar.log(`warning: ${file}: ${warning}`),
      onPhase
    });
    bar.done();
    await writeTables(out, result.tables, {parquet: !flags["no-parquet"], onPhase, manifestDir: result.runCacheDir, fragments: result.fragments, contentKeys: result.contentKeys, parquetWorker});
  } finally {
    await parquetWorker?.close(); // writeTables closes it; this when it never got there
  }
  if (onPhase) {
    phases.unshift([`start Node, load modules${options.loadedFrom ? ` (${options.loadedFrom})` : ""}`, moduleStart], ["arguments, data/ config", started - moduleStart]);
    console.error(phases.map(([name, ms]) => `  ${name.padEnd(40)} ${(ms / 1000).toFixed(3).padStart(8)} s`).join("\n"));
  }
  const seconds = (performance.now() - started) / 1000;
  const ok = result.inputs - result.rejected - result.duplicates;
  console.error(
    `${inputsLine(result)} → ${out}\n` +
      `${ok} articles in ${seconds.toFixed(2)} s: ${(ok / seconds).toFixed(1)} articles/s, ${(result.bytes / 1e6 / seconds).toFixed(2)} MB/s` +
      ` (${result.cached} from the cache, ${jobs} ${jobs === 1 ? "thread" : "worker threads"}, peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB, CPU ${cpuSeconds().toFixed(2)} s)`
  );
  return result.rejected || result.brokenSources ? 1 : 0;
}

/** CPU time of the process so far (every thread), in seconds. */
function cpuSeconds(): number {
  const {user, system} = process.cpuUsage();
  return (user + system) / 1e6;
}

/**
 * The summary's count of the inputs (files and adapter rows): each read, a
 * duplicate or rejected, with how many of those read have warnings; then,
 * apart, the sources.yaml files with a row of their own in ingest.csv (with
 * warnings, or broken), which are no inputs.
 */
export function inputsLine(result: Pick<RunResult, "tables" | "inputs" | "rejected" | "duplicates" | "brokenSources" | "warnedSources">): string {
  const ok = result.inputs - result.rejected - result.duplicates;
  const warned = result.tables.ingest.filter((row) => row.status === "ok" && row.reason && !isMappingRow(row)).length - result.warnedSources;
  // a mapping file that is not read has a warning row among the sources.yaml rows: counted apart
  const notRead = result.tables.ingest.filter((row) => row.status === "ok" && row.reason && isMappingName(row.file) && !isMappingRow(row)).length;
  const warnedSources = result.warnedSources - notRead;
  const sources = [
    warnedSources ? `${warnedSources} ${SOURCES_FILE} with warnings` : "",
    notRead ? `${notRead} mapping file${notRead > 1 ? "s" : ""} not read (see ingest.csv)` : "",
    result.brokenSources ? `${result.brokenSources} broken ${SOURCES_FILE} (its metadata not used)` : ""
  ].filter(Boolean);
  return `${result.inputs} inputs: ${ok} read${warned ? ` (${warned} with warnings, see ingest.csv)` : ""}, ${result.duplicates} duplicate, ${result.rejected} rejected` + (sources.length ? `; ${sources.join(", ")}` : "");
}
