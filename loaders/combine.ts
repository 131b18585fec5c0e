/**
 * Joining the per-article tables and running the corpus steps over them. Apart
 * from pipeline.ts (which loads the article preparation and its German rules),
 * so a run whose articles all come from the cache loads neither.
 */
import type {Config} from "./config.js";
import type {CorpusStep} from "./pipeline.js";
import type {ArticleTables, IngestRow, Tables} from "./types.js";

/** Empty tables, the starting point of every run. */
export function emptyTables(): Tables {
  return {articles: [], ingest: [], parts: [], quotes: [], mentions: [], people: [], statements: [], topics: [], keyterms: [], framing: [], dates: [], event_mentions: [], events: [], conflicts: []};
}

/** Called after each phase of combineTables with its name and duration in milliseconds. */
export type OnPhase = (name: string, ms: number) => void;

/**
 * Joins per-article tables and runs the corpus steps in order. `onPhase`, when
 * given, hears how long joining and each step took.
 */
export function combineTables(perArticle: Iterable<ArticleTables>, ingest: IngestRow[], config: Config, steps: readonly CorpusStep[], onPhase?: OnPhase): Tables {
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
  for (const step of steps) {
    started = performance.now();
    Object.assign(tables, step.run(tables, config));
    onPhase?.(`corpus step ${step.name}`, performance.now() - started);
  }
  return tables;
}

