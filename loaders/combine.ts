/**
 * Joining the per-article tables and running the corpus steps over them. Apart
 * from pipeline.ts (which loads the article preparation and its German rules),
 * so a run whose articles all come from the cache loads neither.
 */
import type {Config} from "./config.js";
import type {CorpusStep} from "./pipeline.js";
import {assertMemosReadNoSums, contentKeys, memoKey, type Producer, restoreResult, saveResult, type StepStore} from "./stepMemo.js";
import type {ArticleTables, IngestRow, Tables} from "./types.js";

/** The run's memos of corpus steps (see stepMemo.ts): the cache key of each article, in order, and where memos are kept. */
export interface StepMemos {
  keys: readonly (string | undefined)[];
  store: StepStore;
  /** Set by combineTables: a key of the content of each table the memo keys fix (see contentKeys in stepMemo.ts). */
  contentKeys?: Record<string, string>;
}

/** Empty tables, the starting point of every run. */
export function emptyTables(): Tables {
  return {articles: [], ingest: [], parts: [], quotes: [], mentions: [], people: [], statements: [], topics: [], keyterms: [], framing: [], dates: [], event_mentions: [], events: [], conflicts: []};
}

/** Called after each phase of combineTables with its name and duration in milliseconds. */
export type OnPhase = (name: string, ms: number) => void;

/**
 * Joins per-article tables and runs the corpus steps in order. `onPhase`, when
 * given, hears how long joining and each step took. With `memos`, a step that
 * keeps a memo takes its last result when its memo key is unchanged, and
 * keeps its new result otherwise.
 */
export function combineTables(perArticle: readonly ArticleTables[], ingest: IngestRow[], config: Config, steps: readonly CorpusStep[], onPhase?: OnPhase, memos?: StepMemos): Tables {
  let started = performance.now();
  const tables = emptyTables();
  tables.ingest = ingest;
  // the target table looked up once per article and table, not once per row
  for (const t of perArticle) {
    for (const name in t) {
      const target = (tables as unknown as Record<string, object[]>)[name];
      const rows = (t as unknown as Record<string, object[]>)[name];
      for (let i = 0; i < rows.length; i++) target.push(rows[i]);
    }
  }
  onPhase?.("join tables", performance.now() - started);
  if (memos) assertMemosReadNoSums(steps);
  const producers = new Map<string, Producer[]>();
  const produced = (output: Partial<Tables>, step: CorpusStep, key: string | undefined) => {
    for (const name of Object.keys(output)) producers.set(name, [...(producers.get(name) ?? []), {key, reads: step.memo?.reads ?? []}]);
  };
  for (const step of steps) {
    started = performance.now();
    const key = memos && memoKey(step, perArticle, memos.keys);
    const last = key ? memos!.store.get(step.name) : undefined;
    if (last && last.key === key) {
      const output = restoreResult(tables, last.saved, {reads: step.memo!.reads, perArticle});
      produced(output, step, key);
      Object.assign(tables, output);
      onPhase?.(`corpus step ${step.name} (kept)`, performance.now() - started);
      continue;
    }
    const output = step.run(tables, config, memos?.store.state?.(step.name));
    produced(output, step, key);
    onPhase?.(`corpus step ${step.name}`, performance.now() - started);
    if (key) {
      started = performance.now();
      const saved = saveResult(tables, output, {reads: step.memo!.reads, perArticle});
      if (saved) memos!.store.put(step.name, key, saved);
      onPhase?.(`corpus step ${step.name}: keep its result`, performance.now() - started);
    }
    Object.assign(tables, output);
  }
  if (memos) memos.contentKeys = contentKeys(producers);
  return tables;
}

