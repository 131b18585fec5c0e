/**
 * `npm run extract -- --out DIR [--data DIR] PATH...`
 *
 * Reads files or folders (recursively) and writes one CSV per table into DIR.
 * Exit codes: 0 when every input was read, 1 when some were rejected (the rest
 * are still written), 2 on a usage error.
 */
import {parseArgs} from "node:util";
import {loadConfig} from "./config.js";
import {progressBar} from "./progress.js";
import {runExtract} from "./run.js";
import {writeTables} from "./write.js";

const USAGE = "usage: npm run extract -- --out DIR [--data DIR] PATH...";

function main(): number {
  let args;
  try {
    args = parseArgs({allowPositionals: true, options: {out: {type: "string"}, data: {type: "string", default: "data"}, help: {type: "boolean"}}});
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.values.help) return void console.log(USAGE), 0;
  if (!args.values.out || !args.positionals.length) {
    console.error(`${!args.values.out ? "missing --out DIR" : "missing PATH"}\n${USAGE}`);
    return 2;
  }
  let config;
  try {
    config = loadConfig(args.values.data!);
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  const started = performance.now();
  const bar = progressBar(process.stderr);
  const result = runExtract({
    paths: args.positionals,
    config,
    onProgress: bar.update,
    onReject: (file, reason) => bar.log(`rejected ${file}: ${reason}`)
  });
  bar.done();
  writeTables(args.values.out, result.tables);
  const seconds = (performance.now() - started) / 1000;
  const ok = result.tables.ingest.filter((r) => r.status === "ok").length;
  console.error(
    `${result.inputs} inputs: ${ok} read, ${result.inputs - ok - result.rejected} duplicate, ${result.rejected} rejected → ${args.values.out}\n` +
      `${(ok / seconds).toFixed(1)} articles/s, ${(result.bytes / 1e6 / seconds).toFixed(2)} MB/s in ${seconds.toFixed(2)} s`
  );
  return result.rejected ? 1 : 0;
}

process.exitCode = main();
