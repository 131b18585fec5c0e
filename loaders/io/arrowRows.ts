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
const BOOL_COLUMN = /^(?:negotiator|mediator|planned)$/;

/** What a column's values are: every non-null one an integer that fits Int32, a number, a boolean, a string; "mixed" otherwise. */
export type ColumnKind = "int" | "float" | "bool" | "string" | "mixed";

/**
 * The kind of a column's values (undefined when all are null, undefined or
 * NaN), as columnType reads them: scanning stops at the first value that
 * makes it "mixed". `seen.nan` is set when a value scanned was NaN.
 */
export function columnKind(values: readonly unknown[], seen?: {nan: boolean}): ColumnKind | undefined {
  let kind: ColumnKind | undefined;
  for (const v of values) {
    if (v == null) continue;
    if (typeof v === "number" && Number.isNaN(v)) {
      if (seen) seen.nan = true;
      continue;
    }
    const k = typeof v === "number" ? (Number.isInteger(v) && Math.abs(v) < 2 ** 31 ? "int" : "float") : typeof v === "boolean" ? "bool" : "string";
    kind = joinKinds(kind, k);
    if (kind === "mixed") return kind;
  }
  return kind;
}

/** The kind of two runs of values one after the other (columnKind of their concatenation). */
export function joinKinds(one: ColumnKind | undefined, two: ColumnKind | undefined): ColumnKind | undefined {
  if (one === undefined || one === two) return two;
  if (two === undefined) return one;
  if ((one === "int" && two === "float") || (one === "float" && two === "int")) return "float";
  return "mixed";
}

/** The kind a column of that name gets when all its values are null: offsets and counts int, share/score float. */
export function emptyKind(name: string): Exclude<ColumnKind, "mixed"> {
  return INT_COLUMN.test(name) ? "int" : FLOAT_COLUMN.test(name) ? "float" : BOOL_COLUMN.test(name) ? "bool" : "string";
}

/**
 * The Arrow type of a column: Int32 when every value is an integer that fits,
 * Float64 for other numbers, Bool for booleans, else Utf8 (values as strings).
 * null, undefined and NaN are nulls. An all-null column gets its type from its
 * name (offsets and counts Int32, share/score Float64), else Utf8.
 */
function columnType(name: string, values: unknown[], seen?: {nan: boolean}): DataType {
  const kind = columnKind(values, seen) ?? emptyKind(name);
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
      type instanceof Utf8 ? utf8Vector(utf8Buffers(values))
      : type instanceof Int32 || type instanceof Float64 ? numberVector(numberBuffers(values as (number | null | undefined)[], type instanceof Int32), type)
      : boolVector(values);
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

/** A column's Arrow buffers: its values (UTF-8 bytes, Int32 or Float64), offsets for strings, validity bits and how many are null. */
export interface ColumnBuffers {
  length: number;
  nulls: number;
  /** One bit per value, set when it is not null (allocated even without nulls; a vector gets it only with some). */
  valid: Uint8Array;
  data: Uint8Array | Int32Array | Float64Array;
  /** For strings: where each value's bytes start, and after the last where it ends. */
  offsets?: Int32Array;
}

/**
 * A Utf8 column's buffers built directly (much faster than vectorFromArray
 * for strings); values that are not strings are written as String(v), nulls
 * (see isNull) as nulls.
 */
export function utf8Buffers(values: readonly unknown[]): ColumnBuffers {
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
  return {length: n, nulls, valid, data: bytes.subarray(0, used), offsets};
}

/** An Int32 (`int`) or Float64 column's buffers built directly from a typed array and a validity bitmap. */
export function numberBuffers(values: readonly (number | null | undefined)[], int: boolean): ColumnBuffers {
  const n = values.length;
  const data = int ? new Int32Array(n) : new Float64Array(n);
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
  return {length: n, nulls, valid, data};
}

/** A Bool vector of the values (true, false; null, undefined and NaN are nulls), as rowsToArrow builds it. */
export function boolVector(values: readonly unknown[]): Vector {
  return vectorFromArray(values.map(clean), new Bool()) as Vector;
}

/** A Utf8 vector of the buffers. */
export function utf8Vector({length, nulls, valid, data, offsets}: ColumnBuffers): Vector {
  return makeVector(makeData({type: new Utf8(), length, nullCount: nulls, nullBitmap: nulls ? valid : null, valueOffsets: offsets!, data: data as Uint8Array}));
}

/** An Int32 or Float64 vector of the buffers. */
export function numberVector({length, nulls, valid, data}: ColumnBuffers, type: Int32Type | Float64Type): Vector {
  return makeVector(makeData({type, length, nullCount: nulls, nullBitmap: nulls ? valid : null, data} as any));
}
