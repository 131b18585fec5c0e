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

/** The distinct strings of a blob (slices of one string of all their units); undefined when they lie outside the first `length` bytes. */
export function readStrings({count, at, ends}: {count: number; at: number; ends: number}, body: Uint8Array, length: number): string[] | undefined {
  if (!(count >= 0 && ends >= 0 && ends % 8 === 0 && ends + (count + 1) * 4 <= length)) return undefined;
  const offsets = new Int32Array(body.buffer, body.byteOffset + ends, count + 1);
  const units = offsets[count];
  if (!(at >= 0 && units >= 0 && at + units * 2 <= length)) return undefined;
  const all = Buffer.from(body.buffer, body.byteOffset + at, units * 2).toString("utf16le");
  const strings: string[] = new Array(count);
  for (let i = 0; i < count; i++) strings[i] = all.slice(offsets[i], offsets[i + 1]);
  return strings;
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
