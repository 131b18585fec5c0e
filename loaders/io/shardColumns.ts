/**
 * The columns of a shard (see shards.ts) and how they are read back: as rows
 * per article, or as one block of columns (for a summed table).
 */
import {ColumnRows} from "../columnRows.js";

export type Row = Record<string, unknown>;

/** Where one column's cells are: string indices ("s", -1 for null), whole numbers ("i") or numbers ("f") at a byte offset, or JSON values ("j"). */
export type Column = {enc: "s" | "i" | "f"; at: number} | {enc: "j"; values: unknown[]};

/** One table of a shard: its columns, the rows of each ok result, and where each column's cells are. */
export interface ShardTable {
  columns: string[];
  /** Rows of each ok result, in order. */
  counts: number[];
  cells: Column[];
}

/**
 * Where a blob's distinct strings are: `count + 1` Int32 offsets at byte `ends`
 * (string i is units ends[i]..ends[i+1] of all strings in order), a byte per
 * string at byte `wide` (1: in the UTF-16 pool), and the two pools: the
 * strings of only Latin-1 characters one byte per character, the others as
 * UTF-16LE code units, each pool's strings in order, `units` long in all.
 */
export interface StringTable {
  count: number;
  ends: number;
  wide: number;
  latin1: {at: number; units: number};
  utf16: {at: number; units: number};
}

const NOT_LATIN1 = /[^\x00-\xff]/;

/** Writes a blob's distinct strings with `add` (which returns the byte offset of what it wrote). */
export function writeStrings(strings: readonly string[], add: (bytes: Uint8Array) => number): StringTable {
  const ends = new Int32Array(strings.length + 1);
  const wide = new Uint8Array(strings.length);
  const pools: [string[], string[]] = [[], []];
  strings.forEach((text, i) => {
    ends[i + 1] = ends[i] + text.length;
    wide[i] = NOT_LATIN1.test(text) ? 1 : 0;
    pools[wide[i]].push(text);
  });
  const [latin1, utf16] = pools.map((pool) => pool.join(""));
  return {
    count: strings.length,
    ends: add(new Uint8Array(ends.buffer)),
    wide: add(wide),
    latin1: {at: add(Buffer.from(latin1, "latin1")), units: latin1.length},
    utf16: {at: add(Buffer.from(utf16, "utf16le")), units: utf16.length}
  };
}

/** The distinct strings of a blob (slices of its two pools); undefined when they lie outside the first `length` bytes or do not add up. */
export function readStrings({count, ends, wide, latin1, utf16}: StringTable, body: Uint8Array, length: number): string[] | undefined {
  const inside = (at: number, bytes: number) => at >= 0 && bytes >= 0 && at + bytes <= length;
  if (!(count >= 0 && ends % 8 === 0 && inside(ends, (count + 1) * 4) && inside(wide, count))) return undefined;
  if (!(latin1 && utf16 && inside(latin1.at, latin1.units) && utf16.at % 2 === 0 && inside(utf16.at, utf16.units * 2))) return undefined;
  const offsets = new Int32Array(body.buffer, body.byteOffset + ends, count + 1);
  const isWide = body.subarray(wide, wide + count);
  const pools = [
    Buffer.from(body.buffer, body.byteOffset + latin1.at, latin1.units).toString("latin1"),
    Buffer.from(body.buffer, body.byteOffset + utf16.at, utf16.units * 2).toString("utf16le")
  ];
  const at = [0, 0];
  const strings: string[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const pool = isWide[i] ? 1 : 0;
    const start = at[pool];
    at[pool] = start + offsets[i + 1] - offsets[i];
    strings[i] = pools[pool].slice(start, at[pool]);
  }
  return at[0] === latin1.units && at[1] === utf16.units ? strings : undefined;
}

/** The rows of one table of a blob, per article; throws when a column lies outside the first `length` bytes. */
export function readTable(table: ShardTable, strings: string[], body: Uint8Array, length: number): Row[][] {
  const {columns, counts, cells} = table;
  return tableReader(columns, cells.map((cell) => cell.enc === "s"))(columnViews(table, body, length), strings, counts);
}

/**
 * One table of a blob (a summed one) as a block of columns, copied out of
 * `body` (so the caller may reuse its bytes); throws as readTable does.
 */
export function readBlock(table: ShardTable, strings: string[], body: Uint8Array, length: number): ColumnRows {
  const views = columnViews(table, body, length).map((view) => (ArrayBuffer.isView(view) ? (view as Int32Array | Float64Array).slice() : view));
  const ids: Record<string, Int32Array> = {};
  const values: Record<string, ArrayLike<unknown>> = {};
  table.columns.forEach((column, c) => (table.cells[c].enc === "s" ? (ids[column] = views[c] as Int32Array) : (values[column] = views[c])));
  return new ColumnRows(table.counts.reduce((a, b) => a + b, 0), table.columns, ids, values, strings);
}

/** The cells of each column of a table: typed-array views on the blob's bytes, or the JSON values. */
function columnViews({counts, cells}: ShardTable, body: Uint8Array, length: number): ArrayLike<unknown>[] {
  const n = counts.reduce((a, b) => a + b, 0);
  return cells.map((cell) => {
    if (cell.enc === "j") {
      if (cell.values.length !== n) throw new Error("shard: a column of the wrong length");
      return cell.values;
    }
    const size = cell.enc === "f" ? 8 : 4;
    if (!(cell.at >= 0 && cell.at % 8 === 0 && cell.at + n * size <= length)) throw new Error("shard: a column outside its bytes");
    return cell.enc === "f" ? new Float64Array(body.buffer, body.byteOffset + cell.at, n) : new Int32Array(body.buffer, body.byteOffset + cell.at, n);
  });
}

type Reader = (columns: ArrayLike<unknown>[], strings: string[], counts: number[]) => Row[][];
const readers = new Map<string, Reader>();

/**
 * A function building a table's rows, per article, from its columns, each
 * row as an object literal (one hidden class per table). Keys are embedded as
 * JSON string literals, so no key can inject code.
 */
function tableReader(columns: string[], isString: boolean[]): Reader {
  const id = JSON.stringify([columns, isString]);
  let read = readers.get(id);
  if (!read) {
    const locals = columns.map((_, i) => `c${i} = C[${i}]`).join(", ");
    const fields = columns.map((c, i) => `${JSON.stringify(c)}: ${isString[i] ? `(s = c${i}[r]) < 0 ? null : S[s]` : `c${i}[r]`}`);
    read = new Function(
      "C", "S", "counts",
      `${locals ? `const ${locals};` : ""} let r = 0, s; const out = [];
      for (const count of counts) { const rows = new Array(count); for (let k = 0; k < count; k++, r++) rows[k] = {${fields.join(", ")}}; out.push(rows); }
      return out;`
    ) as Reader;
    readers.set(id, read);
  }
  return read;
}
