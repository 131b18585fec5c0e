import {csvFormatBody, csvFormatRows} from "d3-dsv";
import {mkdirSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import type {OnPhase} from "../pipeline.js";
import type {Tables} from "../types.js";
import {COLUMNS} from "./columns.js";

/** Formats rows as CSV with the given columns; null and undefined become empty cells. */
export function toCsv(rows: readonly object[], columns: readonly string[]): string {
  const header = csvFormatRows([columns as string[]]);
  if (!rows.length) return header + "\n";
  return header + "\n" + csvFormatBody(rows as any[], columns as string[]) + "\n";
}

/**
 * Writes one CSV and one Parquet file per table into `dir`. Returns the file
 * names written. The Parquet writer (apache-arrow, parquet-wasm) is loaded
 * only here, keeping start-up short for everything else.
 */
export async function writeTables(dir: string, tables: Tables, {parquet = true, onPhase}: {parquet?: boolean; onPhase?: OnPhase} = {}): Promise<string[]> {
  let t = performance.now();
  const {toParquet} = parquet ? await import("./parquet.js") : {toParquet: undefined};
  const spent = {csv: 0, parquet: performance.now() - t};
  mkdirSync(dir, {recursive: true});
  const written: string[] = [];
  for (const name of Object.keys(COLUMNS) as (keyof Tables)[]) {
    t = performance.now();
    writeFileSync(join(dir, `${name}.csv`), toCsv(tables[name], COLUMNS[name]));
    written.push(`${name}.csv`);
    spent.csv += performance.now() - t;
    if (!toParquet) continue;
    t = performance.now();
    writeFileSync(join(dir, `${name}.parquet`), toParquet(tables[name], COLUMNS[name]));
    written.push(`${name}.parquet`);
    spent.parquet += performance.now() - t;
  }
  onPhase?.("write CSV", spent.csv);
  if (toParquet) onPhase?.("write Parquet", spent.parquet);
  return written;
}
