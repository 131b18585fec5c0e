import {Bool, type DataType, Float64, Int32, Table, tableFromIPC, tableToIPC, Utf8, type Vector, vectorFromArray} from "apache-arrow";
import * as parquet from "parquet-wasm";
import type {Tables} from "../types.js";
import {COLUMNS} from "./columns.js";

/** Column types when a table has no values to infer them from. */
const INT_COLUMN = /(^|_)(start|end)$|(^|_)chars$|^(sentences|hits|count|mentions)$/;
const FLOAT_COLUMN = /^(share|score)$/;
const BOOL_COLUMN = /^negotiator$/;

/**
 * The Arrow type of a column: Int32 when every value is an integer that fits,
 * Float64 for other numbers, Bool for booleans, else Utf8 (values as strings).
 * null, undefined and NaN are nulls. An all-null column gets its type from its
 * name (offsets and counts Int32, share/score Float64), else Utf8.
 */
function columnType(name: string, values: unknown[]): DataType {
  let kind: "int" | "float" | "bool" | "string" | undefined;
  for (const v of values) {
    if (v == null || (typeof v === "number" && Number.isNaN(v))) continue;
    const k = typeof v === "number" ? (Number.isInteger(v) && Math.abs(v) < 2 ** 31 ? "int" : "float") : typeof v === "boolean" ? "bool" : "string";
    if (kind === undefined || kind === k) kind = k;
    else if ((kind === "int" && k === "float") || (kind === "float" && k === "int")) kind = "float";
    else return new Utf8();
  }
  if (kind === undefined) kind = INT_COLUMN.test(name) ? "int" : FLOAT_COLUMN.test(name) ? "float" : BOOL_COLUMN.test(name) ? "bool" : "string";
  return kind === "int" ? new Int32() : kind === "float" ? new Float64() : kind === "bool" ? new Bool() : new Utf8();
}

/** Builds an Arrow table from rows, with the given columns in order. */
export function rowsToArrow(rows: readonly object[], columns: readonly string[]): Table {
  const vectors: Record<string, Vector> = {};
  for (const name of columns) {
    const values = rows.map((row) => (row as Record<string, unknown>)[name]);
    const type = columnType(name, values);
    const clean = values.map((v) => (v == null || (typeof v === "number" && Number.isNaN(v)) ? null : type instanceof Utf8 ? String(v) : v));
    vectors[name] = vectorFromArray(clean as unknown[], type) as Vector;
  }
  return new Table(vectors);
}

/** Encodes rows as a Parquet file (Snappy-compressed), columns in the given order. */
export function toParquet(rows: readonly object[], columns: readonly string[]): Uint8Array {
  const ipc = tableToIPC(rowsToArrow(rows, columns), "stream");
  const wasmTable = parquet.Table.fromIPCStream(ipc);
  const props = new parquet.WriterPropertiesBuilder().setCompression(parquet.Compression.SNAPPY).build();
  return parquet.writeParquet(wasmTable, props);
}

/** Decodes a Parquet file into an Arrow table (for tests, scripts, merging shards). */
export function fromParquet(bytes: Uint8Array): Table {
  return tableFromIPC(parquet.readParquet(bytes).intoIPCStream());
}

/** Writes one table as Parquet to stdout (for `src/data/<table>.parquet.ts` loaders). */
export function writeTableParquet<K extends keyof Tables>(name: K, rows: Tables[K]): void {
  process.stdout.write(toParquet(rows, COLUMNS[name]));
}
