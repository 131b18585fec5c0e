import {createHash} from "node:crypto";
import type {ArticleTables} from "../types.js";
import {UnitHash} from "./fingerprint.js";
import {type ArticleFragments, rowChecks} from "./keysFingerprint.js";

/** The rows of one input file's articles in a per-article table. */
export interface FileSpan {
  /** The first row of the file in the table, and how many rows it has. */
  start: number;
  length: number;
  /**
   * An id of the span's content, when it can be kept (a file of two or more
   * articles, each with a cache key, no cell a corpus step rewrote to NaN or a
   * value of another kind): a SHA-1 of the table, its columns, the articles'
   * keys (which fix the rows as extracted) and the cells the corpus steps
   * rewrote, by row. Equal ids, equal cells.
   */
  id?: string;
  /** Set when the span's file has one article (fileBatches joins runs of such spans). */
  single?: true;
}

/** Units buffered per patch hash: most files' patches are a few kilobytes. */
const PATCH_CHUNK = 1 << 14;

/**
 * The table's rows split by input file (csvParts.ts and arrowParts.ts keep
 * each file's encoded rows under the span's id), or undefined when the rows
 * do not line up with the articles' rows in `fragments` (a step dropped or
 * added rows). A row a corpus step rewrote (another object than the one
 * extracted) enters the id as its place in the file and the cells that
 * differ from the extracted row's, so a file whose rows the steps rewrote
 * alike in two runs (the person ids of its mentions) keeps its id.
 */
export function fileSpans(rows: readonly object[], columns: readonly string[], table: keyof ArticleTables, fragments: ArticleFragments): FileSpan[] | undefined {
  const {keys, tables, groups} = fragments;
  if (!groups || groups.length !== tables.length) return undefined;
  let total = 0;
  for (const t of tables) total += ((t?.[table] ?? []) as readonly object[]).length;
  if (total !== rows.length) return undefined;
  const {differ} = rowChecks(columns);
  const differing: number[] = [];
  const spans: FileSpan[] = [];
  let i = 0; // the first row of the current file
  for (let a = 0; a < tables.length; ) {
    let b = a + 1;
    while (b < tables.length && groups[b] === groups[a]) b++;
    let keep = b - a > 1;
    let patches: UnitHash | undefined;
    let n = 0;
    for (let k = a; k < b; k++) {
      const mine = (tables[k]?.[table] ?? []) as unknown as readonly Record<string, unknown>[];
      if (keys[k] === undefined) keep = false;
      for (let r = 0; keep && r < mine.length; r++) {
        const row = rows[i + n + r] as Record<string, unknown>;
        if (row === mine[r]) continue;
        differing.length = 0;
        differ(row, mine[r], differing);
        if (!differing.length) continue; // a copy with the same cells
        patches ??= new UnitHash(PATCH_CHUNK);
        patches.count(n + r);
        patches.count(differing.length);
        for (const c of differing) {
          patches.count(c);
          if (!patches.cell(row[columns[c]])) keep = false;
        }
      }
      n += mine.length;
    }
    if (n) {
      const span: FileSpan = b - a === 1 ? {start: i, length: n, single: true} : {start: i, length: n};
      if (keep) {
        const hash = createHash("sha1").update(`${table}\0${columns.join(",")}\0${keys.slice(a, b).join("\0")}`);
        if (patches) hash.update(`\0patched\0${patches.digest()}`);
        span.id = hash.digest("hex");
      }
      spans.push(span);
    }
    i += n;
    a = b;
  }
  return spans;
}

/**
 * The record batches of a table's Arrow stream (arrowParts.ts): each span of a
 * file of two or more articles on its own (keeping its id), each run of
 * consecutive spans of one-article files as one batch without an id (a folder
 * of text files is not cut into a batch per article). The cut follows from
 * the spans alone, so runs with and without a cache cut alike.
 */
export function fileBatches(spans: readonly FileSpan[]): FileSpan[] {
  const batches: FileSpan[] = [];
  for (const span of spans) {
    const last = batches[batches.length - 1];
    if (span.single && last?.single) batches[batches.length - 1] = {start: last.start, length: last.length + span.length, single: true};
    else batches.push(span.single ? {start: span.start, length: span.length, single: true} : {start: span.start, length: span.length, ...(span.id ? {id: span.id} : {})});
  }
  return batches;
}
