import type {ArticleTables} from "../types.js";
import {ARTICLE_TAG, CACHED_TAG, PATCHED_TAG, ROW_TAG, UnitHash} from "./fingerprint.js";

/**
 * The articles of a run in table order: each one's cache key (undefined when
 * it has none) and its per-article tables as extracted or read from the
 * cache, before the corpus steps (a table left out is hashed by its cells).
 * The rows of a key are always the same: the key hashes the input, its name
 * and given metadata, data/ and the source of loaders/, and a cached re-run
 * reads back the rows extracted (the cache identity test checks both).
 */
export interface ArticleFragments {
  keys: readonly (string | undefined)[];
  tables: readonly Partial<ArticleTables>[];
  /** The input file of each article (its CSV lines are kept per file, see csvParts.ts); optional. */
  groups?: readonly string[];
}

/** The per-article tables (every one of ArticleTables), which keysFingerprint may hash. */
const PER_ARTICLE = {articles: true, parts: true, quotes: true, mentions: true, topics: true, dates: true, keyterms: true, framing: true, event_mentions: true} satisfies Record<keyof ArticleTables, true>;

/** Whether a table of the run is one of the per-article tables. */
export function isPerArticle(table: string): table is keyof ArticleTables {
  return Object.hasOwn(PER_ARTICLE, table);
}

/**
 * A fingerprint of a table (SHA-1, hex) in which the rows the corpus steps
 * left as the extractors made them (the same objects, in the same order) are
 * hashed as their positions in their article's rows after its cache key, a row
 * a corpus step rewrote as the position of the row it takes the place of and
 * the cells that differ from that row's, and any other row by its cells
 * (UnitHash.cell). Equal fingerprints therefore mean equal cells, while a
 * re-run hashes only the cells a corpus step rewrote, not those of 10,000
 * cached articles. Undefined when a cell is NaN (CSV and Parquet disagree on
 * it: such tables are always written) or of another kind. Rows must never be
 * changed in place once extracted (corpus steps copy the rows they change;
 * test/loaders/corpus-steps.test.ts checks it).
 */
export function keysFingerprint(rows: readonly object[], columns: readonly string[], table: keyof ArticleTables, fragments: ArticleFragments): string | undefined {
  const hash = new UnitHash();
  hash.string(String(rows.length));
  for (const column of columns) hash.string(column);
  const {keys, tables} = fragments;
  const differing: number[] = [];
  const {hasNaN, differ} = rowChecks(columns);
  let article = 0; // the article whose rows come next, and the position in them
  let at = 0;
  let run = -1; // where the current run of its rows began, or -1
  let named = -1; // the article whose key was hashed last: the rows hashed after it are its rows
  const name = () => {
    if (named === article) return;
    hash.tag(ARTICLE_TAG);
    hash.string(keys[article]!);
    named = article;
  };
  const closeRun = () => {
    if (run < 0) return;
    name();
    hash.tag(CACHED_TAG);
    hash.count(run);
    hash.count(at);
    run = -1;
  };
  // the current article's rows, looked up (by a variable key) only when the article changes
  let own = tables[article]?.[table] as Record<string, unknown>[] | undefined;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Record<string, unknown>;
    while (own && at >= own.length) {
      closeRun();
      article++;
      at = 0;
      own = tables[article]?.[table] as Record<string, unknown>[] | undefined;
    }
    if (hasNaN(row)) return undefined;
    if (!own || keys[article] === undefined) {
      closeRun();
      named = -1;
      hash.tag(ROW_TAG);
      for (const column of columns) if (!hash.cell(row[column])) return undefined;
      continue;
    }
    const was = own[at];
    if (was === row) {
      if (run < 0) run = at;
    } else {
      // a rewritten row, in the place of its article's row `at`: the cells that differ from that row's
      closeRun();
      differing.length = 0;
      differ(row, was, differing);
      name();
      hash.tag(PATCHED_TAG);
      hash.count(at);
      hash.count(differing.length);
      for (const c of differing) {
        hash.count(c);
        if (!hash.cell(row[columns[c]])) return undefined;
      }
    }
    at++;
  }
  closeRun();
  return hash.digest();
}

type Row = Record<string, unknown>;

/** Per-row checks over a table's columns: whether a cell is NaN, and which cells differ from another row's. */
export interface RowChecks {
  hasNaN(row: Row): boolean;
  /** Pushes onto `out` the index of each column whose cell differs (!==) between the rows. */
  differ(row: Row, was: Row, out: number[]): void;
}

const checks = new Map<string, RowChecks>();

/**
 * The row checks for these columns, as functions that name each column (one
 * property load per cell, not a lookup by a variable key, which is several
 * times slower over hundreds of thousands of rows). Keys are embedded as
 * JSON string literals, so no key can inject code.
 */
export function rowChecks(columns: readonly string[]): RowChecks {
  const id = JSON.stringify(columns);
  let made = checks.get(id);
  if (!made) {
    const cell = (row: string, c: string) => `${row}[${JSON.stringify(c)}]`;
    made = {
      hasNaN: new Function("row", `let v; ${columns.map((c) => `v = ${cell("row", c)}; if (v !== v) return true;`).join(" ")} return false;`) as RowChecks["hasNaN"],
      differ: new Function("row", "was", "out", columns.map((c, i) => `if (${cell("row", c)} !== ${cell("was", c)}) out.push(${i});`).join(" ")) as RowChecks["differ"]
    };
    checks.set(id, made);
  }
  return made;
}
