import {closeSync, openSync, renameSync, rmSync, writeSync} from "node:fs";
import {sameKeys} from "./cacheFormat.js";
import type {JobResult} from "./process.js";

/**
 * One input file's cached results in one blob (a "shard"), for files that are
 * replayed whole (unchanged since the last run). Per-article entries hold
 * every string of every row anew, so reading 10,000 of them means parsing and
 * then interning millions of equal strings (source, stem, rule, article id…).
 * A shard keeps each table of all its articles in columns, with the strings
 * of string columns once in a table of distinct strings and the cells as
 * indices into it: parsing is mostly numbers, each distinct string is made
 * (and interned) once, and the rows are rebuilt by one generated function per
 * table. Reads back exactly what the per-article entries give
 * (JSON.parse(JSON.stringify(result)) of each result), except for tables a
 * corpus step reads only through sums (the per-article term counts of key
 * terms, 2/3 of all rows): those are kept as their sums over the file, their
 * per-article rows only in the articles' own entries. Files whose rows do not
 * fit the columnar form (a row with other keys than its table's first row)
 * get no shard and keep using the per-article entries.
 */
const SHARD_FORMAT = "shard@2";

type Row = Record<string, unknown>;

interface ShardTable {
  columns: string[];
  /** Per column: "s" every non-null value is a string (cells are indices, -1 for null), "v" cells as they are. */
  kinds: ("s" | "v")[];
  /** Rows of each ok result, in order. */
  counts: number[];
  /** Row-major cells of all rows. */
  cells: unknown[];
}

interface Shard {
  format: string;
  keys: string[];
  strings: string[];
  /** Per key: the result when it is not ok, else the index of its article id in `strings`. */
  results: (number | JobResult)[];
  names: string[];
  tables: ShardTable[];
  /** Tables kept as their sums over the file (see writeShard), one row list each in `sums`. */
  summed: string[];
  sums: ShardTable[];
}

/** Collects text and writes it to a file descriptor in chunks of about a megabyte. */
class ChunkWriter {
  private parts: string[] = [];
  private chars = 0;

  constructor(private readonly fd: number) {}

  add(text: string): void {
    this.parts.push(text);
    this.chars += text.length;
    if (this.chars > 1 << 20) this.flush();
  }

  flush(): void {
    if (this.parts.length) writeSync(this.fd, this.parts.join(""));
    this.parts = [];
    this.chars = 0;
  }
}

/** Per table kept as sums: the function giving the sums of its rows (a corpus step's `summable`). */
export type ShardSums = Record<string, (rows: readonly any[]) => any[]>;

/** A decoded shard: the results, and the rows of each summed table over the whole file. */
export interface DecodedShard {
  /** The file's results; the summed tables of each ok result are empty (their rows are in the articles' cache entries). */
  results: JobResult[];
  /** Per summed table: its rows summed over the file's ok results, in order. */
  sums: Record<string, Row[]>;
}

/**
 * Writes the results of one file's units as a shard to `path` (through a
 * temporary file, renamed when complete). Streams the text out in chunks, so
 * that no copy of the whole shard is held. Returns false, writing nothing,
 * when the results do not fit the columnar form. Each table named in `sums`
 * that every ok result has is kept only as its sums over the file (the
 * per-article rows stay in the articles' own cache entries, read when some
 * article of the file must be left out as a duplicate of an earlier one).
 */
export function writeShard(path: string, keys: readonly string[], results: readonly JobResult[], sums: ShardSums = {}): boolean {
  const ok = results.filter((r): r is Extract<JobResult, {ok: true}> => r.ok);
  const tablesOf = (r: Extract<JobResult, {ok: true}>) => r.tables as unknown as Record<string, Row[]>;
  const summed = Object.keys(sums).filter((name) => ok.length && ok.every((r) => Array.isArray(tablesOf(r)[name])));
  if (!summed.length) return writeBlob(path, keys, results, {});
  const rest = results.map((r) => (r.ok ? {...r, tables: Object.fromEntries(Object.entries(r.tables).filter(([name]) => !summed.includes(name))) as never} : r));
  return writeBlob(path, keys, rest, Object.fromEntries(summed.map((name) => [name, sums[name](ok.flatMap((r) => tablesOf(r)[name]))])));
}

type Layout = {columns: string[]; kinds: ("s" | "v")[]; counts: number[]};

/** writeShard's work for one blob: `results` in columns, and the rows of `sums` as one more table each. */
function writeBlob(path: string, keys: readonly string[], results: readonly JobResult[], sums: Record<string, Row[]>): boolean {
  const ok = results.filter((r): r is Extract<JobResult, {ok: true}> => r.ok);
  const names = ok.length ? Object.keys(ok[0].tables) : [];
  if (ok.some((r) => Object.keys(r.tables).join("\0") !== names.join("\0"))) return false;
  const layouts: Layout[] = [];
  for (const name of names) {
    const layout = columnLayout(ok.map((r) => (r.tables as unknown as Record<string, Row[]>)[name]));
    if (!layout) return false;
    layouts.push(layout);
  }
  const summed = Object.keys(sums);
  const sumLayouts: Layout[] = [];
  for (const name of summed) {
    const layout = columnLayout([sums[name]]);
    if (!layout) return false;
    sumLayouts.push(layout);
  }
  const strings: string[] = [];
  const ids = new Map<string, number>();
  const id = (s: string) => {
    let i = ids.get(s);
    if (i === undefined) ids.set(s, (i = strings.push(s) - 1));
    return i;
  };
  const tmp = `${path}.${process.pid}.tmp`;
  const fd = openSync(tmp, "w");
  try {
    const out = new ChunkWriter(fd);
    out.add(`{"format":${JSON.stringify(SHARD_FORMAT)},"keys":${JSON.stringify(keys)},"names":${JSON.stringify(names)},"tables":[`);
    names.forEach((name, t) => writeTable(out, t > 0, layouts[t], ok.map((r) => (r.tables as unknown as Record<string, Row[]>)[name]), id));
    out.add(`],"summed":${JSON.stringify(summed)},"sums":[`);
    summed.forEach((name, t) => writeTable(out, t > 0, sumLayouts[t], [sums[name]], id));
    out.add(`],"results":${JSON.stringify(results.map((r) => (r.ok ? id(r.article_id) : r)))},"strings":[`);
    strings.forEach((s, i) => out.add(`${i ? "," : ""}${JSON.stringify(s)}`));
    out.add("]}");
    out.flush();
  } catch (error) {
    closeSync(fd);
    rmSync(tmp, {force: true});
    throw error;
  }
  closeSync(fd);
  renameSync(tmp, path);
  return true;
}

/** One table of a blob: its layout, then the cells of each article's rows (strings as ids). */
function writeTable(out: ChunkWriter, comma: boolean, {columns, kinds, counts}: Layout, perArticle: readonly Row[][], id: (s: string) => number): void {
  out.add(`${comma ? "," : ""}{"columns":${JSON.stringify(columns)},"kinds":${JSON.stringify(kinds)},"counts":${JSON.stringify(counts)},"cells":[`);
  let first = true;
  for (const rows of perArticle) {
    // one article's cells at a time, stringified natively
    const cells: unknown[] = [];
    for (const row of rows) {
      for (let c = 0; c < columns.length; c++) {
        const value = row[columns[c]];
        cells.push(kinds[c] === "v" ? value : value === null ? -1 : id(value as string));
      }
    }
    if (!cells.length) continue;
    out.add(`${first ? "" : ","}${JSON.stringify(cells).slice(1, -1)}`);
    first = false;
  }
  out.add("]}");
}

/**
 * The columns of one table over all of a file's articles (the first row's
 * defined keys), the kind of each column and the rows per article; undefined
 * when a row has other keys, or a key that cannot be an object literal's.
 */
function columnLayout(tables: readonly (Row[] | undefined)[]): {columns: string[]; kinds: ("s" | "v")[]; counts: number[]} | undefined {
  let columns: string[] | undefined;
  let kinds: ("s" | "v")[] = [];
  const counts: number[] = [];
  for (const rows of tables) {
    if (!rows) return undefined;
    counts.push(rows.length);
    for (const row of rows) {
      if (!columns) {
        columns = Object.keys(row).filter((k) => row[k] !== undefined);
        if (columns.includes("__proto__")) return undefined;
        kinds = columns.map(() => "s");
      }
      if (!sameKeys(row, columns)) return undefined;
      for (let c = 0; c < columns.length; c++) {
        const value = row[columns[c]];
        if (value !== null && typeof value !== "string") kinds[c] = "v";
      }
    }
  }
  return {columns: columns ?? [], kinds, counts};
}

/**
 * Decodes a shard written for exactly these keys; undefined when the text is
 * not such a shard. Equal strings of string columns are one instance.
 */
export function decodeShard(json: string, keys: readonly string[]): DecodedShard | undefined {
  let shard: Shard;
  try {
    shard = JSON.parse(json) as Shard;
  } catch {
    return undefined;
  }
  if (shard.format !== SHARD_FORMAT || shard.keys.length !== keys.length || shard.keys.some((k, i) => k !== keys[i])) return undefined;
  const strings = shard.strings;
  const results: JobResult[] = shard.results.map((r) => (typeof r === "number" ? {ok: true, article_id: strings[r], tables: {} as never} : r));
  const ok = results.filter((r) => r.ok) as Extract<JobResult, {ok: true}>[];
  shard.names.forEach((name, t) => {
    const perArticle = readTable(shard.tables[t], strings);
    ok.forEach((r, i) => ((r.tables as unknown as Record<string, Row[]>)[name] = perArticle[i]));
  });
  const sums: Record<string, Row[]> = {};
  shard.summed.forEach((name, t) => {
    sums[name] = readTable(shard.sums[t], strings)[0];
    for (const r of ok) (r.tables as unknown as Record<string, Row[]>)[name] = [];
  });
  return {results, sums};
}

/** The rows of one table of a blob, per article. */
function readTable({columns, kinds, counts, cells}: ShardTable, strings: string[]): Row[][] {
  const make = rowReader(columns, kinds);
  const width = columns.length;
  let at = 0;
  return counts.map((count) => {
    const rows: Row[] = new Array(count);
    for (let k = 0; k < count; k++, at += width) rows[k] = make(cells, at, strings);
    return rows;
  });
}

type Reader = (cells: unknown[], at: number, strings: string[]) => Row;
const readers = new Map<string, Reader>();

/**
 * A function building one row from the cells at `at`, as an object literal
 * (one hidden class per table). Keys are embedded as JSON string literals, so
 * no key can inject code; kinds are only "s" or "v".
 */
function rowReader(columns: string[], kinds: ("s" | "v")[]): Reader {
  const id = JSON.stringify([columns, kinds]);
  let read = readers.get(id);
  if (!read) {
    const fields = columns.map((c, i) => `${JSON.stringify(c)}: ${kinds[i] === "s" ? `(s = c[a + ${i}]) < 0 ? null : S[s]` : `c[a + ${i}]`}`);
    read = new Function("c", "a", "S", `let s; return {${fields.join(", ")}};`) as Reader;
    readers.set(id, read);
  }
  return read;
}
