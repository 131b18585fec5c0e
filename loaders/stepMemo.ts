/**
 * A corpus step's result kept between runs and used again when its inputs
 * are provably the same. A step that sets `memo.reads` declares that its
 * result is a function of the config, the loaders' code and the rows of those
 * per-article tables (with the articles' own rows of the articles table),
 * taken in order; the rows of an article are a function of its cache key
 * under one run key. So the ordered cache keys of the articles that have a
 * row in any of `reads` key the result: an added, removed or moved article
 * without such rows leaves it as it was, any other change gives a new key and
 * the step runs. The store lives under the run key (io/stepStore.ts), which
 * covers data/ and loaders/.
 *
 * The result is kept as the step returned it: for a table it passes on (the
 * same length as its input), the rows it rewrote, by position and with only
 * the cells that differ (grouped by the columns that changed, the values kept
 * once); for a table it makes, its rows. Restoring copies the rewritten rows
 * and passes the others on as they are, as the step does.
 */
import {createHash} from "node:crypto";
import type {CorpusStep, StepState} from "./pipeline.js";
import type {ArticleTables, Tables} from "./types.js";

/** Where memos are kept: the last key and result per step. */
export interface StepStore {
  get(step: string): {key: string; saved: SavedResult} | undefined;
  put(step: string, key: string, saved: SavedResult): void;
  /** The step's own state kept between runs (CorpusStep.run's `state`), when the store keeps one. */
  state?(step: string): StepState;
}

/** A step's result in a form that survives JSON. */
export interface SavedResult {
  /** Per table the step passes on: the rows it rewrote, grouped by the columns that changed. */
  rewritten: Record<string, RewriteGroup[]>;
  /** Per table the step makes: its rows. */
  made: Record<string, object[]>;
  /** The distinct new cell values, which the groups point into (a person id recurs in thousands of rows). */
  values: unknown[];
}

/**
 * Rows rewritten in the same columns: their positions and, per column, each
 * row's new value (an index into `values`). In a table the step does not
 * read, a position counts within its article, given by `article` (the
 * article's place among those the memo key counts).
 */
export interface RewriteGroup {
  columns: string[];
  at: number[];
  cells: number[][];
  article?: number[];
}

/** What saving and restoring need besides the tables: the step's `reads` and the run's per-article tables. */
export interface MemoContext {
  reads: readonly string[];
  perArticle: readonly Partial<ArticleTables>[];
}

/** Where the rows of each article the memo key counts start in `table`, and how many there are, in order. */
function countedSpans({reads, perArticle}: MemoContext, table: string): {starts: number[]; lengths: number[]} {
  const spans = {starts: [] as number[], lengths: [] as number[]};
  let offset = 0;
  for (const tables of perArticle) {
    const rows = (tables as Record<string, unknown[] | undefined>)[table]?.length ?? 0;
    if (reads.some((name) => (tables as Record<string, unknown[] | undefined>)[name]?.length)) spans.starts.push(offset), spans.lengths.push(rows);
    offset += rows;
  }
  return spans;
}

/**
 * The memo key of `step`: a hash of its name and the ordered cache keys of
 * the articles with a row in one of its `reads` tables; undefined when the
 * step keeps no memo or an article that counts has no key.
 */
export function memoKey(step: CorpusStep, perArticle: readonly Partial<ArticleTables>[], keys: readonly (string | undefined)[]): string | undefined {
  if (!step.memo) return undefined;
  const hash = createHash("sha1").update(`${step.name}\0${step.memo.reads.join(",")}\0`);
  // hashed only when set, so the keys of steps without one stay as they were
  if (step.memo.variant !== undefined) hash.update(`variant\0${step.memo.variant}\0`);
  for (let i = 0; i < perArticle.length; i++) {
    const tables = perArticle[i];
    if (!step.memo.reads.some((name) => tables[name]?.length)) continue;
    const key = keys[i];
    if (key === undefined) return undefined;
    hash.update(key).update("\0");
  }
  return hash.digest("hex");
}

/**
 * Throws when a step keeps a memo of a table that a step keeps as sums: a
 * cache hands a file's sums to its first article (io/cache.ts), so that
 * article's rows would not depend on its own key alone and a memo could be
 * taken for rows that changed.
 */
export function assertMemosReadNoSums(steps: readonly CorpusStep[]): void {
  const summed = new Set(steps.flatMap((step) => (step.summable ? [step.summable.table as string] : [])));
  for (const step of steps) {
    const table = step.memo?.reads.find((name) => summed.has(name));
    if (table) throw new Error(`corpus step "${step.name}" keeps a memo that reads table "${table}", which a step keeps as sums (summable): its memo key would not fix its rows`);
  }
}

/** The tables no article has rows of: made by the corpus steps (and ingest, by the run). */
const CORPUS_TABLES = {ingest: true, people: true, statements: true, events: true, conflicts: true} satisfies Record<Exclude<keyof Tables, keyof ArticleTables>, true>;

/** A step that returned a table in this run: its memo key (undefined without one) and what it reads. */
export interface Producer {
  key?: string;
  reads: readonly string[];
}

/**
 * For each table the steps returned, a key of its content, when the memo keys
 * fix it: every step that returned it has a memo key and reads it (so its
 * rows come only from the articles its key counts), or it is a corpus table
 * that one step made. Equal keys, equal tables (writeTables need not look at
 * their cells); tables without a key are left out.
 */
export function contentKeys(producers: ReadonlyMap<string, readonly Producer[]>): Record<string, string> {
  const keys: Record<string, string> = {};
  for (const [table, list] of producers) {
    const fixed = list.every((p) => p.key !== undefined && (p.reads.includes(table) || (Object.hasOwn(CORPUS_TABLES, table) && list.length === 1)));
    if (fixed) keys[table] = createHash("sha1").update(`${table}\0${list.map((p) => p.key).join("\0")}`).digest("hex");
  }
  return keys;
}

/** Only values JSON gives back as they were. */
function plain(value: unknown): boolean {
  return value === null || typeof value === "string" || typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value));
}

function plainRow(row: object): boolean {
  for (const value of Object.values(row)) if (!plain(value)) return false;
  return true;
}

/**
 * `output` (what the step returned for `input`) as a SavedResult, or
 * undefined when it cannot be kept exactly (a value JSON would change, a
 * passed-on table of another length, a rewritten row with other columns, a
 * rewritten row, in a table outside `reads`, of an article the key does not
 * count). Rows of a table outside `reads` keep their place within their
 * article: other articles' rows may come before them next time.
 */
export function saveResult(input: Tables, output: Partial<Tables>, context: MemoContext): SavedResult | undefined {
  const saved: SavedResult = {rewritten: {}, made: {}, values: []};
  const valueIndex = new Map<unknown, number>();
  const indexOf = (value: unknown) => valueIndex.get(value) ?? (valueIndex.set(value, saved.values.length), saved.values.push(value) - 1);
  for (const [name, rows] of Object.entries(output) as [keyof Tables, object[]][]) {
    const before = input[name] as object[];
    if (!before.length) {
      if (!rows.every(plainRow)) return undefined;
      saved.made[name] = rows;
      continue;
    }
    if (rows.length !== before.length) return undefined;
    const groups = new Map<string, RewriteGroup>();
    const spans = context.reads.includes(name) ? undefined : countedSpans(context, name);
    const starts = spans?.starts;
    let article = -1; // of rows outside `reads`: the last counted article whose rows begin at or before i
    for (let i = 0; i < rows.length; i++) {
      if (rows[i] === before[i]) continue;
      if (spans) {
        while (article + 1 < spans.starts.length && spans.starts[article + 1] <= i) article++;
        if (article < 0 || i >= spans.starts[article] + spans.lengths[article]) return undefined; // a row of an article the key does not count
      }
      const now = rows[i] as Record<string, unknown>;
      const then = before[i] as Record<string, unknown>;
      const keys = Object.keys(now);
      const keysThen = Object.keys(then);
      if (keys.length !== keysThen.length) return undefined;
      const columns: string[] = [];
      for (let k = 0; k < keys.length; k++) {
        if (keys[k] !== keysThen[k]) return undefined;
        const value = now[keys[k]];
        if (Object.is(value, then[keys[k]])) continue;
        if (!plain(value)) return undefined;
        columns.push(keys[k]);
      }
      const signature = columns.length === 1 ? columns[0] : columns.join("\0");
      let group = groups.get(signature);
      if (!group) groups.set(signature, (group = {columns, at: [], cells: columns.map(() => []), ...(starts ? {article: []} : {})}));
      group.at.push(starts ? i - starts[article] : i);
      group.article?.push(article);
      for (let c = 0; c < columns.length; c++) group.cells[c].push(indexOf(now[columns[c]]));
    }
    saved.rewritten[name] = [...groups.values()];
  }
  return saved;
}

/** The step's result for `input` from a SavedResult of the same memo key. */
export function restoreResult(input: Tables, saved: SavedResult, context: MemoContext): Partial<Tables> {
  const output: Record<string, object[]> = {...saved.made};
  for (const [name, groups] of Object.entries(saved.rewritten)) {
    const rows = (input as unknown as Record<string, object[]>)[name].slice();
    const starts = groups.some((g) => g.article) ? countedSpans(context, name).starts : undefined;
    for (const {columns, at, cells, article} of groups) {
      for (let j = 0; j < at.length; j++) {
        const i = article ? starts![article[j]] + at[j] : at[j];
        const row: Record<string, unknown> = {...rows[i]};
        for (let c = 0; c < columns.length; c++) row[columns[c]] = saved.values[cells[c][j]];
        rows[i] = row;
      }
    }
    output[name] = rows;
  }
  return output as Partial<Tables>;
}
