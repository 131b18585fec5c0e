import {closeSync, openSync, renameSync, rmSync, writeSync} from "node:fs";
import type {ColumnRows} from "../columnRows.js";
import {sameKeys} from "./cacheFormat.js";
import {type Column, readBlock, readStrings, readTable, type Row, type ShardTable, type StringTable, writeStrings} from "./shardColumns.js";
import type {JobResult} from "./process.js";

/**
 * One input file's cached results in one blob (a "shard"), for files replayed
 * whole (unchanged since the last run). Per-article entries hold every string
 * of every row anew, so reading 10,000 of them means parsing and interning
 * millions of equal strings (source, stem, rule, article id…). A shard keeps
 * each table of all its articles in columns: a column of strings as an
 * Int32Array of indices into the file's distinct strings (kept once, with an
 * Int32Array of where each ends: those of only Latin-1 characters, 92 % of the
 * text, as one byte per character, the others as UTF-16 code units so lone
 * surrogates survive), one of whole numbers as an Int32Array, one of other finite numbers as
 * a Float64Array (machine byte order), any other as a JSON array. Reading is
 * one file read, typed-array views on its bytes and one JSON parse of the small
 * rest; each distinct string is made (and interned) once, the rows rebuilt by
 * one generated function per table. Reads back exactly what the per-article
 * entries give (JSON.parse(JSON.stringify(result)) of each result), except for
 * tables a corpus step reads only through sums (the per-article term counts of
 * key terms, 2/3 of all rows): those are kept as their sums over the file,
 * read back as one block of columns (ColumnRows, no object per row), their
 * per-article rows only in the articles' own entries. Files whose rows
 * do not fit the columnar form (a row with other keys than its table's first
 * row) get no shard and keep using the per-article entries.
 * Layout: the columns' and strings' bytes (each padded to 8 bytes), the header
 * (JSON, UTF-8: keys, results, where each column and the strings are), its
 * length (uint32, little-endian) and TRAILER.
 */
const SHARD_FORMAT = "shard@4";
const TRAILER = "shd4";

interface Shard {
  format: string;
  keys: string[];
  /** The distinct strings (see StringTable in shardColumns.ts). */
  strings: StringTable;
  /** Per key: the result when it is not ok, else the index of its article id in `strings`. */
  results: (number | JobResult)[];
  names: string[];
  tables: ShardTable[];
  /** Tables kept as their sums over the file (see writeShard), one row list each in `sums`. */
  summed: string[];
  sums: ShardTable[];
}

/** writeSync until every byte is written (one call may write fewer). */
function writeAll(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.byteLength; ) done += writeSync(fd, bytes, done);
}

/** Writes the columns' bytes to a file descriptor, each padded to 8 bytes; `at` is where the next one starts. */
class BodyWriter {
  at = 0;

  constructor(private readonly fd: number) {}

  add(bytes: Uint8Array): number {
    const at = this.at;
    writeAll(this.fd, bytes);
    const pad = (8 - (bytes.byteLength % 8)) % 8;
    if (pad) writeAll(this.fd, new Uint8Array(pad));
    this.at += bytes.byteLength + pad;
    return at;
  }
}

/** Per table kept as sums: the function giving the sums of its rows (a corpus step's `summable`). */
export type ShardSums = Record<string, (rows: readonly any[]) => any[]>;

/** A decoded shard: the results, and the rows of each summed table over the whole file. */
export interface DecodedShard {
  /** The file's results; the summed tables of each ok result are empty (their rows are in the articles' cache entries). */
  results: JobResult[];
  /** Per summed table: its rows summed over the file's ok results, in order, as one block of columns. */
  sums: Record<string, [ColumnRows]>;
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
    const body = new BodyWriter(fd);
    const tables = names.map((name, t) => writeTable(body, layouts[t], ok.map((r) => (r.tables as unknown as Record<string, Row[]>)[name]), id));
    const sumTables = summed.map((name, t) => writeTable(body, sumLayouts[t], [sums[name]], id));
    const ids = results.map((r) => (r.ok ? id(r.article_id) : r));
    const stringTable = writeStrings(strings, (bytes) => body.add(bytes));
    const shard: Shard = {format: SHARD_FORMAT, keys: [...keys], names, tables, summed, sums: sumTables, results: ids, strings: stringTable};
    const header = Buffer.from(JSON.stringify(shard));
    const trailer = Buffer.alloc(8);
    trailer.writeUInt32LE(header.byteLength, 0);
    trailer.write(TRAILER, 4, "latin1");
    writeAll(fd, header);
    writeAll(fd, trailer);
  } catch (error) {
    closeSync(fd);
    rmSync(tmp, {force: true});
    throw error;
  }
  closeSync(fd);
  renameSync(tmp, path);
  return true;
}

/** One table of a blob: each column's cells over all articles' rows, written as the narrowest form that reads back as JSON would. */
function writeTable(body: BodyWriter, {columns, kinds, counts}: Layout, perArticle: readonly Row[][], id: (s: string) => number): ShardTable {
  const n = counts.reduce((a, b) => a + b, 0);
  const cells = columns.map((column, c): Column => {
    const values: unknown[] = new Array(n);
    let k = 0;
    for (const rows of perArticle) for (const row of rows) values[k++] = row[column];
    if (kinds[c] === "s") {
      const indices = new Int32Array(n);
      for (let i = 0; i < n; i++) indices[i] = values[i] === null ? -1 : id(values[i] as string);
      return {enc: "s", at: body.add(new Uint8Array(indices.buffer))};
    }
    // JSON writes NaN and ±Infinity as null and -0 as 0: such columns stay JSON, -0 is stored as 0
    if (!values.every((v) => typeof v === "number" && Number.isFinite(v))) return {enc: "j", values};
    const whole = (values as number[]).every((v) => Number.isInteger(v) && v >= -(2 ** 31) && v < 2 ** 31);
    const numbers = whole ? Int32Array.from(values as number[]) : Float64Array.from(values as number[], (v) => (v === 0 ? 0 : v));
    return {enc: whole ? "i" : "f", at: body.add(new Uint8Array(numbers.buffer))};
  });
  return {columns, counts, cells};
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
 * Decodes a shard written for exactly these keys; undefined when the bytes
 * are not such a shard. Equal strings of string columns are one instance.
 * The result holds no view on `bytes`, so the caller may read the next shard into them.
 */
export function decodeShard(bytes: Uint8Array, keys: readonly string[]): DecodedShard | undefined {
  const end = bytes.byteLength - 8;
  if (end < 0 || Buffer.from(bytes.buffer, bytes.byteOffset + end + 4, 4).toString("latin1") !== TRAILER) return undefined;
  const headerAt = end - new DataView(bytes.buffer, bytes.byteOffset + end, 4).getUint32(0, true);
  if (headerAt < 0) return undefined;
  let shard: Shard;
  try {
    shard = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset + headerAt, end - headerAt).toString("utf8")) as Shard;
  } catch {
    return undefined;
  }
  if (shard.format !== SHARD_FORMAT || shard.keys.length !== keys.length || shard.keys.some((k, i) => k !== keys[i])) return undefined;
  // typed arrays need aligned offsets: a buffer that does not start at a multiple of 8 is copied
  const body = bytes.byteOffset % 8 === 0 ? bytes : new Uint8Array(bytes.subarray(0, headerAt));
  const strings = readStrings(shard.strings, body, headerAt);
  if (!strings) return undefined;
  const results: JobResult[] = shard.results.map((r) => (typeof r === "number" ? {ok: true, article_id: strings[r], tables: {} as never} : r));
  const ok = results.filter((r) => r.ok) as Extract<JobResult, {ok: true}>[];
  try {
    shard.names.forEach((name, t) => {
      const perArticle = readTable(shard.tables[t], strings, body, headerAt);
      ok.forEach((r, i) => ((r.tables as unknown as Record<string, Row[]>)[name] = perArticle[i]));
    });
    const sums: Record<string, [ColumnRows]> = {};
    shard.summed.forEach((name, t) => {
      sums[name] = [readBlock(shard.sums[t], strings, body, headerAt)];
      for (const r of ok) (r.tables as unknown as Record<string, Row[]>)[name] = [];
    });
    return {results, sums};
  } catch {
    return undefined; // a column outside the bytes: damaged
  }
}
