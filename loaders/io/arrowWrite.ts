import {existsSync, readFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";
import {tableToIPC} from "apache-arrow";
import {ipcToParquet, rowsToArrow} from "./parquet.js";

/** The installed version of a package (found by walking up from its entry point), or "?". */
function version(name: string): string {
  try {
    for (let dir = dirname(fileURLToPath(import.meta.resolve(name))); dir !== dirname(dir); dir = dirname(dir)) {
      const file = join(dir, "package.json");
      if (!existsSync(file)) continue;
      const pkg = JSON.parse(readFileSync(file, "utf8")) as {name?: string; version?: string};
      if (pkg.name === name) return pkg.version ?? "?";
    }
  } catch {
    // unresolvable: "?"
  }
  return "?";
}

/**
 * Part of each table's fingerprint: the writers' versions and the d3-dsv
 * version (CSV). The code of loaders/ is covered by the run key, under which
 * the manifest is kept.
 */
export const FORMAT = ["apache-arrow", "parquet-wasm", "d3-dsv"].map((p) => `${p}@${version(p)}`).join(",");

/** A table as an Arrow IPC stream, and whether any value was NaN. */
export function tableIpc(rows: readonly object[], columns: readonly string[]): {bytes: Uint8Array; nan: boolean} {
  const seen = {nan: false};
  const bytes = tableToIPC(rowsToArrow(rows, columns, seen), "stream");
  return {bytes, nan: seen.nan};
}

export {ipcToParquet};
