import type {DataType, Float64 as Float64Type, Int32 as Int32Type, Table as TableType, Vector} from "apache-arrow";
import {arrow} from "./arrowLib.js";

/**
 * Rows to Arrow tables, apart from parquet.ts so that building a table's Arrow
 * stream does not load parquet-wasm (the Parquet files of `extract` are
 * encoded on a worker thread, parquetWorker.ts).
 */
const {Bool, Float64, Int32, makeData, makeVector, Table, Utf8, vectorFromArray} = arrow;

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
function columnType(name: string, values: unknown[], seen?: {nan: boolean}): DataType {
  let kind: "int" | "float" | "bool" | "string" | undefined;
  for (const v of values) {
    if (v == null) continue;
    if (typeof v === "number" && Number.isNaN(v)) {
      if (seen) seen.nan = true;
      continue;
    }
    const k = typeof v === "number" ? (Number.isInteger(v) && Math.abs(v) < 2 ** 31 ? "int" : "float") : typeof v === "boolean" ? "bool" : "string";
    if (kind === undefined || kind === k) kind = k;
    else if ((kind === "int" && k === "float") || (kind === "float" && k === "int")) kind = "float";
    else return new Utf8();
  }
  if (kind === undefined) kind = INT_COLUMN.test(name) ? "int" : FLOAT_COLUMN.test(name) ? "float" : BOOL_COLUMN.test(name) ? "bool" : "string";
  return kind === "int" ? new Int32() : kind === "float" ? new Float64() : kind === "bool" ? new Bool() : new Utf8();
}

/**
 * Builds an Arrow table from rows, with the given columns in order. `seen.nan`
 * is set when a value was NaN (written as a null, unlike in CSV).
 */
export function rowsToArrow(rows: readonly object[], columns: readonly string[], seen?: {nan: boolean}): TableType {
  const vectors: Record<string, Vector> = {};
  for (const name of columns) {
    const values = rows.map((row) => (row as Record<string, unknown>)[name]);
    const type = columnType(name, values, seen);
    vectors[name] =
      type instanceof Utf8 ? utf8Vector(values)
      : type instanceof Int32 || type instanceof Float64 ? numberVector(values as (number | null | undefined)[], type)
      : (vectorFromArray(values.map(clean), type) as Vector);
  }
  return new Table(vectors);
}

/** True for what becomes a null: null, undefined, NaN. */
function isNull(v: unknown): v is null | undefined | number {
  return v == null || (typeof v === "number" && Number.isNaN(v));
}

function clean(v: unknown): unknown {
  return isNull(v) ? null : v;
}

const encoder = new TextEncoder();

/**
 * A Utf8 vector built directly from offsets and bytes (much faster than
 * vectorFromArray for strings); values that are not strings are written as
 * String(v), nulls (see isNull) as nulls.
 */
function utf8Vector(values: readonly unknown[]): Vector {
  const n = values.length;
  const offsets = new Int32Array(n + 1);
  const valid = new Uint8Array((n + 7) >> 3);
  const strings: string[] = new Array(n);
  let capacity = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    const text = isNull(v) ? "" : typeof v === "string" ? v : String(v);
    strings[i] = text;
    capacity += text.length * 3;
  }
  const bytes = new Uint8Array(capacity);
  let used = 0;
  let nulls = 0;
  for (let i = 0; i < n; i++) {
    if (isNull(values[i])) nulls++;
    else {
      valid[i >> 3] |= 1 << (i & 7);
      if (strings[i]) used += encoder.encodeInto(strings[i], bytes.subarray(used)).written;
    }
    offsets[i + 1] = used;
  }
  return makeVector(makeData({type: new Utf8(), length: n, nullCount: nulls, nullBitmap: nulls ? valid : null, valueOffsets: offsets, data: bytes.subarray(0, used)}));
}

/** An Int32 or Float64 vector built directly from a typed array and a validity bitmap. */
function numberVector(values: readonly (number | null | undefined)[], type: Int32Type | Float64Type): Vector {
  const n = values.length;
  const data = type instanceof Int32 ? new Int32Array(n) : new Float64Array(n);
  const valid = new Uint8Array((n + 7) >> 3);
  let nulls = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (isNull(v)) nulls++;
    else {
      data[i] = v;
      valid[i >> 3] |= 1 << (i & 7);
    }
  }
  return makeVector(makeData({type, length: n, nullCount: nulls, nullBitmap: nulls ? valid : null, data} as any));
}
