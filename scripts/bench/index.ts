/**
 * `npm run bench`: speed, memory and cache figures of the whole pipeline on
 * 10kGNAD (../shared/corpora/10kgnad/test.csv, 1,028 articles), once and
 * replicated ×10 with every copy made unique, next to chrono-node's German
 * parser alone (the peer baseline) and one sentence-splitting pass (the floor).
 * Prints the figures and writes eval/bench.json for the method page. Skips
 * cleanly when the corpus is absent. Figures, not timed tests.
 * `npm run bench -- --in-process-only` prints only the in-process stage figures.
 * `npm run bench -- --rerun-only` prints only the ×10 full run and the re-run
 * after adding one article (eval/bench.json is left as it is).
 * `npm run bench -- --report` also builds the report for the ×10 corpus
 * (see report.ts); without it, the last report figures are kept.
 */
import {existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {articleExtractors, corpusSteps, EXTRACTOR_VERSION} from "../../loaders/extractors.js";
import {loadConfig} from "../../loaders/io/config.js";
import {corpusPath} from "../corpora.js";
import {GNAD_FLAGS, readGnad, writeCopies} from "./corpus.js";
import {type Stage, timeInProcess} from "./inprocess.js";
import {type CliRun, runCli} from "./child.js";
import {benchReport, previousReportBench, printReportBench, REPORT_GOAL_SECONDS, writeGnadMapping} from "./report.js";

const OPTIONS = ["--in-process-only", "--rerun-only", "--report"];
const unknown = process.argv.slice(2).filter((a) => !OPTIONS.includes(a));
if (unknown.length || process.argv.includes("--help")) {
  const help = unknown.every((a) => a === "--help" || a === "-h");
  (help ? console.log : console.error)(`usage: npm run bench [-- ${OPTIONS.map((o) => `[${o}]`).join(" ")}]
  (no option)        in-process stages, the extract CLI once and x10, the re-run after adding one article; writes eval/bench.json
  --in-process-only  the in-process stage figures only
  --rerun-only       the x10 full run and the re-run only (eval/bench.json left as it is)
  --report           also build the report for the x10 corpus, cold and warm${help ? "" : `\nunknown option: ${unknown.join(" ")}`}`);
  process.exit(help ? 0 : 2);
}

const ROOT = join(import.meta.dirname, "..", "..");
const OUT = join(ROOT, "eval", "bench.json");
/** Re-runs measured after the full run, each adding one new article; the median one is the figure (each is printed). */
const RERUNS = 3;
const GOALS = {pipeline_vs_chrono: 1.0, peak_rss_mb_10k: 1024, rerun_share: 0.05, report_build_seconds: REPORT_GOAL_SECONDS};

const corpus = corpusPath("10kgnad");
const csv = corpus && join(corpus, "test.csv");
if (!csv || !existsSync(csv)) {
  console.log("bench: skipped (10kgnad/test.csv not found in the corpora folder)");
  write({skipped: "10kgnad/test.csv not found"});
  process.exit(0);
}

const config = loadConfig(join(ROOT, "data"));
const raws = readGnad(csv);
const mb = raws.reduce((n, r) => n + Buffer.byteLength(r.text), 0) / 1e6;
console.log(`bench: 10kGNAD test.csv, ${raws.length} articles, ${mb.toFixed(2)} MB of text`);
console.log(`extractors: ${articleExtractors.map((e) => e.name).join(", ") || "(none yet)"}; corpus steps: ${corpusSteps.map((s) => s.name).join(", ") || "(none yet)"}\n`);

// `--rerun-only`: the ×10 full run and the re-run alone (quick figures while working on the cache and corpus steps).
if (process.argv.includes("--rerun-only")) {
  const work = mkdtempSync(join(tmpdir(), "pressespiegel-bench-"));
  try {
    rerunFigures(work);
  } finally {
    rmSync(work, {recursive: true, force: true});
  }
  process.exit(0);
}

// 1. In-process, one thread, same texts: pipeline stages vs chrono-node vs sentence splitting.
const inProcess = timeInProcess(raws, config);
const pipeline = {name: "= pipeline", seconds: sum(inProcess.pipeline, "seconds"), cpu: sum(inProcess.pipeline, "cpu")};
const rate = (stage: Stage) => ({seconds: round(stage.seconds, 3), cpu_seconds: round(stage.cpu, 3), articles_per_s: round(raws.length / stage.seconds, 1), mb_per_s: round(mb / stage.seconds, 2)});
console.log(`one thread, in process (same texts)${"".padEnd(10)}    wall s      CPU s  articles/s     MB/s`);
for (const stage of [...inProcess.pipeline, pipeline, inProcess.chrono, inProcess.split]) line(stage);
const ratios = {
  pipeline_vs_chrono: round(pipeline.seconds / inProcess.chrono.seconds, 3),
  pipeline_vs_split: round(pipeline.seconds / inProcess.split.seconds, 3),
  pipeline_vs_chrono_cpu: round(pipeline.cpu / inProcess.chrono.cpu, 3),
  pipeline_vs_split_cpu: round(pipeline.cpu / inProcess.split.cpu, 3)
};
console.log(`  ratio pipeline / chrono ${ratios.pipeline_vs_chrono} wall, ${ratios.pipeline_vs_chrono_cpu} CPU (goal ≤ ${GOALS.pipeline_vs_chrono}); pipeline / split ${ratios.pipeline_vs_split} wall, ${ratios.pipeline_vs_split_cpu} CPU\n`);
// `--in-process-only`: stop here (quick stage figures while tuning; eval/bench.json is left as it is).
if (process.argv.includes("--in-process-only")) process.exit(0);

// 2. The extract CLI end to end (child processes, so peak RSS is the run's own).
const work = mkdtempSync(join(tmpdir(), "pressespiegel-bench-"));
try {
  const once = runCli(["--no-cache", "--out", join(work, "out-1x"), ...GNAD_FLAGS, csv]);
  const onceSingle = runCli(["--no-cache", "--jobs", "1", "--out", join(work, "out-1x-single"), ...GNAD_FLAGS, csv]);
  report("extract CLI ×1 (worker pool)", once);
  report("extract CLI ×1 (one thread)", onceSingle);
  const cliRatio = round(once.seconds / inProcess.chrono.seconds, 3);
  console.log(`  ratio CLI wall time / chrono ${cliRatio} (includes start-up and writing CSV + Parquet)\n`);

  const {folder, bytes10, full, rerun, reruns, rerunShare, rerunCpuShare, rerunTreeCpuShare} = rerunFigures(work);
  const reportBuild = process.argv.includes("--report")
    ? await benchReport(folder, writeGnadMapping(join(work, "mapping.yaml")), work, reruns[reruns.length - 1].articles)
    : previousReportBench(OUT);
  printReportBench(reportBuild);

  write({
    run: new Date().toISOString(),
    corpus: "10kGNAD test.csv",
    articles: raws.length,
    mb: round(mb, 3),
    extractor_version: EXTRACTOR_VERSION,
    extractors: articleExtractors.map((e) => e.name),
    corpus_steps: corpusSteps.map((s) => s.name),
    in_process: {
      stages: inProcess.pipeline.map((s) => ({name: s.name, ...rate(s)})),
      pipeline: rate(pipeline),
      chrono: {...rate(inProcess.chrono), results: inProcess.chronoResults},
      split: rate(inProcess.split)
    },
    ratios: {...ratios, cli_vs_chrono: cliRatio},
    cli: {once, once_single_thread: onceSingle, ten: {...full, mb: round(bytes10 / 1e6, 2)}, rerun_after_adding_one: rerun, reruns},
    rerun_share: rerunShare,
    rerun_cpu_share: rerunCpuShare,
    rerun_tree_cpu_share: rerunTreeCpuShare,
    report_build: reportBuild,
    goals: GOALS,
    met: {
      pipeline_vs_chrono: ratios.pipeline_vs_chrono <= GOALS.pipeline_vs_chrono,
      pipeline_vs_chrono_cpu: ratios.pipeline_vs_chrono_cpu <= GOALS.pipeline_vs_chrono,
      peak_rss_mb_10k: full.peakRssMb < GOALS.peak_rss_mb_10k,
      rerun_share: rerunShare < GOALS.rerun_share,
      rerun_cpu_share: rerunCpuShare < GOALS.rerun_share,
      report_build_seconds: reportBuild?.met
    }
  });
} finally {
  rmSync(work, {recursive: true, force: true});
}

/**
 * The article added before re-run `k`, written for the bench: like a real one it names people with roles, quotes
 * them directly and indirectly and dates an event, so the re-run recomputes the corpus steps that read mentions,
 * quotes and event mentions (people, statements, events), as adding a real article does.
 */
function addedArticle(k: number): string {
  return `Wien – Die Stadträtin Lea Sommer hat am ${k}. März 2016 ein Treffen mit den Verkehrsbetrieben angekündigt. ` +
    `„Wir brauchen bis zum Sommer eine Lösung“, sagte Sommer. Der Sprecher der Betriebe, Olaf Brink, sagte, man sei zu Gesprächen bereit. ` +
    `Dies ist der hinzugefügte Artikel Nummer ${k}.\n`;
}

/**
 * The ×10 corpus in `work`: a full run with a fresh cache, then RERUNS re-runs,
 * each after adding one new article (so each finds 10,280 or more articles
 * cached and one new); prints them all and the median re-run's share of the full run.
 */
function rerunFigures(work: string) {
  const folder = join(work, "10k");
  const bytes10 = writeCopies(raws.map((r) => r.text), folder, 10);
  const full = runCli(["--out", join(work, "out-10k"), ...GNAD_FLAGS, folder]);
  report(`extract CLI ×10 (${(bytes10 / 1e6).toFixed(1)} MB, fresh cache)`, full);
  const reruns: CliRun[] = [];
  for (let k = 1; k <= RERUNS; k++) {
    writeFileSync(join(folder, `added-${k}.txt`), addedArticle(k));
    const run = runCli(["--out", join(work, "out-10k"), ...GNAD_FLAGS, folder]);
    report(`re-run ${k} after adding one article`, run);
    reruns.push(run);
  }
  const rerun = [...reruns].sort((a, b) => a.seconds - b.seconds)[RERUNS >> 1];
  const rerunShare = round(rerun.seconds / full.seconds, 4);
  const rerunCpuShare = round(rerun.cpuSeconds / full.cpuSeconds, 4);
  const rerunTreeCpuShare = rerun.treeCpuSeconds !== undefined && full.treeCpuSeconds ? round(rerun.treeCpuSeconds / full.treeCpuSeconds, 4) : undefined;
  const tree = rerunTreeCpuShare === undefined ? "" : `, ${(rerunTreeCpuShare * 100).toFixed(1)} % CPU of all its processes`;
  const each = reruns.map((r) => `${((r.seconds / full.seconds) * 100).toFixed(1)} %`).join(", ");
  console.log(`  re-run / full run, median of ${RERUNS} (${each} wall): ${(rerunShare * 100).toFixed(1)} % wall, ${(rerunCpuShare * 100).toFixed(1)} % CPU${tree} (goal < ${GOALS.rerun_share * 100} %); peak RSS at 10k ${full.peakRssMb} MB (goal < ${GOALS.peak_rss_mb_10k} MB)`);
  console.log(`  cache size ${(dirSize(join(work, "out-10k", ".cache")) / 1e6).toFixed(1)} MB`);
  return {folder, bytes10, full, rerun, reruns, rerunShare, rerunCpuShare, rerunTreeCpuShare};
}

function line(stage: Stage): void {
  const r = rate(stage);
  console.log(`  ${stage.name.padEnd(44)} ${r.seconds.toFixed(3).padStart(8)} ${r.cpu_seconds.toFixed(3).padStart(10)} ${String(r.articles_per_s).padStart(11)} ${r.mb_per_s.toFixed(2).padStart(8)}`);
}

function sum(stages: Stage[], key: "seconds" | "cpu"): number {
  return stages.reduce((n, s) => n + s[key], 0);
}

function report(label: string, run: ReturnType<typeof runCli>): void {
  console.log(`${label}: ${run.seconds.toFixed(2)} s wall, ${run.cpuSeconds.toFixed(2)} s CPU${run.treeCpuSeconds === undefined ? "" : ` (${run.treeCpuSeconds.toFixed(2)} s all processes)`}, ${run.articlesPerS} articles/s, ${run.mbPerS} MB/s, peak RSS ${run.peakRssMb} MB, ${run.cached} from the cache (exit ${run.status})`);
}

function write(value: object): void {
  mkdirSync(join(OUT, ".."), {recursive: true});
  writeFileSync(OUT, JSON.stringify(value, null, 2) + "\n");
  console.log(`\nwrote ${OUT}`);
}

function dirSize(dir: string): number {
  if (!existsSync(dir)) return 0;
  const stat = statSync(dir);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(dir).reduce((n, e) => n + dirSize(join(dir, e)), 0);
}

function round(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}
