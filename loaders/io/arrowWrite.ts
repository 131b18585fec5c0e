import {arrow} from "./arrowLib.js";
import {rowsToArrow} from "./arrowRows.js";
import {packageVersion} from "./packageVersion.js";

export {ArrowParts} from "./arrowParts.js";

/**
 * Part of each table's fingerprint: the writers' versions and the d3-dsv
 * version (CSV). The code of loaders/ is covered by the run key, under which
 * the manifest is kept.
 */
export const FORMAT = ["apache-arrow", "parquet-wasm", "d3-dsv"].map((p) => `${p}@${packageVersion(p)}`).join(",");

/** A table as an Arrow IPC stream, and whether any value was NaN. */
export function tableIpc(rows: readonly object[], columns: readonly string[]): {bytes: Uint8Array; nan: boolean} {
  const seen = {nan: false};
  const bytes = arrow.tableToIPC(rowsToArrow(rows, columns, seen), "stream");
  return {bytes, nan: seen.nan};
}

/** Encodes an IPC stream as Parquet on this thread (loads parquet-wasm; see parquetWorker.ts for the usual way). */
export async function ipcToParquetHere(ipc: Uint8Array): Promise<Uint8Array> {
  return (await import("./parquet.js")).ipcToParquet(ipc);
}
