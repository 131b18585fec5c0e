/**
 * Reads the measured figures the method page shows: eval/scores.json (npm run eval),
 * eval/bench.json (npm run bench), eval/pages.json (browser test) and
 * eval/pages-10kgnad.json (scripts/bench/pages.ts). A missing file is null
 * ("not measured yet"); a file of the wrong shape is an error naming the file.
 */
import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import type {EvalSection} from "./types.js";

export interface EvalFiles {
  scores: {run: string; sections: (EvalSection | {name: string; skipped: string})[]} | null;
  bench: ({run?: string} & Record<string, unknown>) | null;
  pages: PagesRun | null;
  pagesLarge: PagesRun | null;
}

/** Page figures from one browser run. */
export interface PagesRun {
  run: string;
  corpus: string;
  goals: {dataBytes: number; firstChartMs: number};
  pages: {path: string; dataBytes: number; firstChartMs: number | null}[];
}

function read(file: string): unknown {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
  }
}

const isObject = (x: unknown): x is Record<string, any> => typeof x === "object" && x !== null && !Array.isArray(x);

function check(ok: boolean, file: string, problem: string): void {
  if (!ok) throw new Error(`${file}: ${problem}`);
}

function scores(file: string): EvalFiles["scores"] {
  const x = read(file);
  if (x === null) return null;
  check(isObject(x) && typeof x.run === "string" && Array.isArray(x.sections), file, "expected {run: string, sections: []}");
  for (const s of (x as any).sections) {
    check(isObject(s) && typeof s.name === "string", file, "every section needs a name");
    if ("skipped" in s) continue;
    check(isObject(s.scores) && typeof s.corpus === "string" && typeof s.metric === "string", file, `section ${s.name}: expected corpus, metric and scores`);
    for (const [k, v] of Object.entries(s.scores)) check(typeof v === "number" || (isObject(v) && ["precision", "recall", "f1"].every((m) => typeof v[m] === "number")), file, `section ${s.name}: score ${k} is neither a number nor {precision, recall, f1}`);
  }
  return x as EvalFiles["scores"];
}

function pages(file: string): PagesRun | null {
  const x = read(file);
  if (x === null) return null;
  check(isObject(x) && typeof x.run === "string" && isObject(x.goals) && Array.isArray(x.pages), file, "expected {run, corpus, goals, pages: []}");
  for (const p of (x as any).pages) check(isObject(p) && typeof p.path === "string" && typeof p.dataBytes === "number", file, "every page needs path and dataBytes");
  return x as PagesRun;
}

/** Reads every eval file under `dir` (default: eval/ of the project). */
export function readEvalFiles(dir = join(import.meta.dirname, "..", "..", "eval")): EvalFiles {
  const bench = read(join(dir, "bench.json"));
  check(bench === null || isObject(bench), join(dir, "bench.json"), "expected an object");
  return {scores: scores(join(dir, "scores.json")), bench: bench as EvalFiles["bench"], pages: pages(join(dir, "pages.json")), pagesLarge: pages(join(dir, "pages-10kgnad.json"))};
}
