import {spawnSync} from "node:child_process";
import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";

const ROOT = join(import.meta.dirname, "..", "..");
/** What `npm run extract` runs: the command's prebuilt bundle, or its sources under tsx (see loaders/io/cliBundle.mjs). */
const EXTRACT = join(ROOT, "loaders", "io", "extract.mjs");

/** Figures of one `extract` run, read from its closing lines. */
export interface CliRun {
  status: number | null;
  seconds: number;
  articles: number;
  articlesPerS: number;
  mbPerS: number;
  peakRssMb: number;
  cached: number;
  /** CPU seconds of the run (all threads), less disturbed by other load on the machine than wall time. */
  cpuSeconds: number;
  /** CPU seconds of every process the run started (e.g. tsx's own besides the one it starts), from /proc; undefined elsewhere. */
  treeCpuSeconds?: number;
}

/** CPU seconds of this process's finished children (Linux: /proc/self/stat's cutime + cstime, in clock ticks of 1/100 s). */
function childrenCpu(): number | undefined {
  if (!existsSync("/proc/self/stat")) return undefined;
  const fields = readFileSync("/proc/self/stat", "utf8").replace(/^.*\) /s, "").split(" ");
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

/**
 * Runs the extract CLI in a child process (its own heap, so peak RSS is the
 * run's own) and reads the figures it prints. Wall time is measured here.
 */
export function runCli(args: string[]): CliRun {
  const cpuBefore = childrenCpu();
  const started = performance.now();
  const child = spawnSync(process.execPath, [EXTRACT, ...args], {cwd: ROOT, encoding: "utf8", env: {...process.env, CI: "true"}, maxBuffer: 64 << 20});
  const seconds = (performance.now() - started) / 1000;
  const cpuAfter = childrenCpu();
  const treeCpuSeconds = cpuBefore === undefined || cpuAfter === undefined ? undefined : Number((cpuAfter - cpuBefore).toFixed(2));
  const m = /(\d+) articles in [\d.]+ s: ([\d.]+) articles\/s, ([\d.]+) MB\/s \((\d+) from the cache.*peak RSS (\d+) MB, CPU ([\d.]+) s\)/.exec(child.stderr);
  if (!m) throw new Error(`extract ${args.join(" ")} printed no figures (exit ${child.status}):\n${child.stderr.slice(-2000)}`);
  return {status: child.status, seconds: Number(seconds.toFixed(3)), articles: Number(m[1]), articlesPerS: Number(m[2]), mbPerS: Number(m[3]), cached: Number(m[4]), peakRssMb: Number(m[5]), cpuSeconds: Number(m[6]), treeCpuSeconds};
}
