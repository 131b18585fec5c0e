/**
 * `npm run bench -- --report`: how long the report takes to build for the
 * replicated 10kGNAD corpus (issue 6: under 2 minutes), and its peak memory.
 * Runs `npm run build` (vendoring, refresh, `observable build`) with
 * PRESSESPIEGEL_INPUT on the bench folder and a fresh PRESSESPIEGEL_CACHE, so
 * the first build extracts every article (cold); then builds again with that
 * cache (warm: the data loader reads the cached tables). The project's dist/ is
 * set aside and put back afterwards.
 */
import {spawn} from "node:child_process";
import {existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync} from "node:fs";
import {loadavg} from "node:os";
import {join} from "node:path";

const ROOT = join(import.meta.dirname, "..", "..");

/** Figures of one `npm run build`. */
export interface BuildRun {
  status: number | null;
  /** Wall time of the whole build (vendoring, refresh, data loader, pages, copying). */
  seconds: number;
  /** Time Framework reports for the report.tar data loader (extraction, tables, page files). */
  loaderSeconds: number | null;
  /**
   * CPU seconds of the build's processes (all threads), sampled every 200 ms, so the last
   * 200 ms of each process are missed; steadier than wall time on a busy machine. Null without /proc.
   */
  cpuSeconds: number | null;
  /** Largest sum of the resident memory of the build's process tree, sampled every 200 ms (Linux; null elsewhere). */
  peakRssMb: number | null;
  /** Size of the report.tar archive the data loader wrote, and of dist/. */
  archiveMb: number | null;
  distMb: number;
  /** One-minute load average of the machine before and after (other processes slow the build down). */
  loadAverage: [number, number];
}

/** The report build figures kept in eval/bench.json. */
export interface ReportBench {
  run: string;
  articles: number;
  goal_seconds: number;
  cold: BuildRun;
  warm: BuildRun;
  met: boolean;
}

/** Goal of issue 6: the report of 10k articles builds in under 2 minutes. */
export const REPORT_GOAL_SECONDS = 120;

/**
 * Builds the report for the CSV files in `folder` (read with `mapping`, a YAML
 * column mapping) twice, cold and warm, and returns the figures.
 */
export async function benchReport(folder: string, mapping: string, work: string, articles: number): Promise<ReportBench> {
  const cache = join(work, "report-cache");
  const dist = join(ROOT, "dist");
  const aside = join(ROOT, `dist.bench-${process.pid}`);
  if (existsSync(dist)) renameSync(dist, aside);
  try {
    const env = {PRESSESPIEGEL_INPUT: folder, PRESSESPIEGEL_MAPPING: mapping, PRESSESPIEGEL_CACHE: cache};
    const cold = await build(env);
    const warm = await build(env);
    return {run: new Date().toISOString(), articles, goal_seconds: REPORT_GOAL_SECONDS, cold, warm, met: cold.status === 0 && cold.seconds < REPORT_GOAL_SECONDS};
  } finally {
    rmSync(dist, {recursive: true, force: true});
    if (existsSync(aside)) renameSync(aside, dist);
    rmSync(cache, {recursive: true, force: true});
  }
}

/** Writes the YAML mapping for the bench's `label;text` CSV files (no header, `'` quotes). */
export function writeGnadMapping(path: string): string {
  writeFileSync(path, `columns: [label, text]\ndelimiter: ";"\nquote: "'"\n`);
  return path;
}

async function build(env: Record<string, string>): Promise<BuildRun> {
  const loadBefore = loadavg()[0];
  const started = performance.now();
  const child = spawn("npm", ["run", "build"], {cwd: ROOT, env: {...process.env, ...env, OBSERVABLE_TELEMETRY_DISABLE: "true", CI: "true"}, stdio: ["ignore", "pipe", "pipe"]});
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  let peak: number | null = null;
  const cpuByPid = new Map<number, number>(); // processes seen in the tree and their last CPU seconds
  const sample = () => {
    const now = treeSample(child.pid!);
    if (!now) return;
    peak = Math.max(peak ?? 0, now.rssMb);
    for (const [pid, cpu] of now.cpu) cpuByPid.set(pid, Math.max(cpuByPid.get(pid) ?? 0, cpu));
  };
  sample();
  const timer = setInterval(sample, 200);
  const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
  clearInterval(timer);
  const seconds = (performance.now() - started) / 1000;
  if (status !== 0) console.error(`npm run build failed (exit ${status}):\n${log.slice(-3000)}`);
  // the loader's own output may come between Framework's "load … →" and its "success … in …ms"
  log = log.replace(/\x1b\[[0-9;]*m/g, ""); // Framework colours its log
  const at = log.search(/load \/data\/report\.tar → \[(missing|stale)\]/);
  const loader = at < 0 ? null : /success ([\d.]+) (kB|MB|GB) in (\d+)ms/.exec(log.slice(at));
  if (!loader) console.error(`report build: no data-loader time in the build log:\n${log.slice(Math.max(0, at), at + 2000)}`);
  const unit = {kB: 1e-3, MB: 1, GB: 1e3} as Record<string, number>;
  return {
    status,
    seconds: round(seconds),
    loaderSeconds: loader ? round(Number(loader[3]) / 1000) : null,
    peakRssMb: peak === null ? null : Math.round(peak),
    cpuSeconds: peak === null ? null : round([...cpuByPid.values()].reduce((n, c) => n + c, 0)),
    archiveMb: loader ? round(Number(loader[1]) * unit[loader[2]]) : null,
    distMb: round(dirBytes(join(ROOT, "dist")) / 1e6),
    loadAverage: [round(loadBefore), round(loadavg()[0])]
  };
}

/**
 * Resident memory (MB) of a process and all its descendants, and each one's
 * CPU seconds so far (user + system, all threads), from /proc; null when /proc is not there.
 */
function treeSample(root: number): {rssMb: number; cpu: Map<number, number>} | null {
  if (!existsSync("/proc")) return null;
  const children = new Map<number, number[]>();
  const stats = new Map<number, {rss: number; cpu: number}>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" "); // fields[0] is field 3 of proc(5)
      const pid = Number(entry);
      const ppid = Number(fields[1]);
      stats.set(pid, {rss: Number(fields[21]) * 4096, cpu: (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS});
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    } catch {
      // the process ended meanwhile
    }
  }
  let rss = 0;
  const cpu = new Map<number, number>();
  for (const todo = [root]; todo.length; ) {
    const pid = todo.pop()!;
    const s = stats.get(pid);
    if (s) (rss += s.rss), cpu.set(pid, s.cpu);
    todo.push(...(children.get(pid) ?? []));
  }
  return {rssMb: rss / 1e6, cpu};
}

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const CLOCK_TICKS = 100;

function dirBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  const stat = statSync(dir);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(dir).reduce((n, e) => n + dirBytes(join(dir, e)), 0);
}

function round(value: number): number {
  return Number(value.toFixed(2));
}


/** The report figures of the last bench.json, kept when this run does not measure them. */
export function previousReportBench(benchJson: string): ReportBench | undefined {
  try {
    return (JSON.parse(readFileSync(benchJson, "utf8")) as {report_build?: ReportBench}).report_build;
  } catch {
    return undefined;
  }
}

/** Prints the report build figures next to the goal. */
export function printReportBench(bench: ReportBench | undefined): void {
  if (!bench) return void console.log("report build: not measured (npm run bench -- --report)");
  const line = (label: string, b: BuildRun) =>
    `  ${label}: ${b.seconds.toFixed(1)} s wall, ${b.cpuSeconds?.toFixed(1) ?? "?"} s CPU (data loader ${b.loaderSeconds?.toFixed(1) ?? "?"} s), peak RSS ${b.peakRssMb ?? "?"} MB, archive ${b.archiveMb ?? "?"} MB, dist ${b.distMb} MB, load average ${b.loadAverage.join(" → ")} (exit ${b.status})`;
  console.log(`report build for ${bench.articles} articles (${bench.run}; goal < ${bench.goal_seconds} s): ${bench.met ? "met" : "MISSED"}`);
  console.log(line("cold (extracts every article)", bench.cold));
  console.log(line("warm (cached tables)", bench.warm));
}
