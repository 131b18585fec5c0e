import type {Table as TableType} from "apache-arrow";
import * as parquet from "parquet-wasm";
import type {Tables} from "../types.js";
import {arrow} from "./arrowLib.js";
import {rowsToArrow} from "./arrowRows.js";
import {COLUMNS} from "./columns.js";
import {PARQUET_WRITER, type WriterSettings, writerProperties} from "./parquetSettings.js";

const {tableFromIPC, tableToIPC} = arrow;

export {rowsToArrow};

/** Encodes rows as a Parquet file (the settings of parquetSettings.ts: Snappy-compressed, no dictionary encoding), columns in the given order. */
export function toParquet(rows: readonly object[], columns: readonly string[]): Uint8Array {
  return ipcToParquet(tableToIPC(rowsToArrow(rows, columns), "stream"));
}

/** Encodes an Arrow IPC stream as a Parquet file (the settings of toParquet unless others are given). */
export function ipcToParquet(ipc: Uint8Array, settings: WriterSettings = PARQUET_WRITER): Uint8Array {
  const wasmTable = parquet.Table.fromIPCStream(ipc);
  return parquet.writeParquet(wasmTable, writerProperties<parquet.WriterProperties>(parquet, settings));
}

/** Decodes a Parquet file into an Arrow table (for tests, scripts, merging shards). */
export function fromParquet(bytes: Uint8Array): TableType {
  return tableFromIPC(parquet.readParquet(bytes).intoIPCStream());
}

/** Writes one table as Parquet to stdout (for `src/data/<table>.parquet.ts` loaders; report.ts re-exports it). */
export function writeTableParquet<K extends keyof Tables>(name: K, rows: Tables[K]): void {
  process.stdout.write(toParquet(rows, COLUMNS[name]));
}
