import type {Tables} from "../types.js";
import {COLUMNS} from "./columns.js";
import {loadConfig} from "./config.js";
import {runExtract} from "./run.js";
import {toCsv} from "./write.js";

/** Folders the report reads: PRESSESPIEGEL_INPUT (space-separated paths), else seeds/. */
export function reportInputs(): string[] {
  return (process.env.PRESSESPIEGEL_INPUT ?? "seeds").split(/\s+/).filter(Boolean);
}

/** Extracts the report's corpus with the data/ registers (PRESSESPIEGEL_DATA overrides). */
export function reportTables(): Tables {
  return runExtract({paths: reportInputs(), config: loadConfig(process.env.PRESSESPIEGEL_DATA ?? "data")}).tables;
}

/**
 * Writes one table as CSV to stdout, once. Throws with a clear message when it
 * is empty and `allowEmpty` is not set.
 */
export function writeTableCsv<K extends keyof Tables>(name: K, rows: Tables[K], {allowEmpty = false} = {}): void {
  if (!rows.length && !allowEmpty) throw new Error(`${name}: no rows extracted from ${reportInputs().join(", ")}`);
  process.stdout.write(toCsv(rows, COLUMNS[name]));
}
