import {csvFormatBody, csvFormatRows} from "d3-dsv";
import {mkdirSync, writeFileSync} from "node:fs";
import {join} from "node:path";
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
export async function writeTables(dir: string, tables: Tables, {parquet = true} = {}): Promise<string[]> {
  const {toParquet} = parquet ? await import("./parquet.js") : {toParquet: undefined};
  mkdirSync(dir, {recursive: true});
  const written: string[] = [];
  for (const name of Object.keys(COLUMNS) as (keyof Tables)[]) {
    writeFileSync(join(dir, `${name}.csv`), toCsv(tables[name], COLUMNS[name]));
    written.push(`${name}.csv`);
    if (!toParquet) continue;
    writeFileSync(join(dir, `${name}.parquet`), toParquet(tables[name], COLUMNS[name]));
    written.push(`${name}.parquet`);
  }
  return written;
}
