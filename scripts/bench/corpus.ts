import {mkdirSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {ADAPTERS, type AdapterOptions} from "../../loaders/io/adapters/index.js";
import type {RawArticle} from "../../loaders/types.js";

/** How 10kGNAD's test.csv is read (see its SOURCE.md): `label;text`, no header, `'` quotes. */
export const GNAD_OPTIONS: AdapterOptions = {columns: ["label", "text"], delimiter: ";", quote: "'", mapping: {label: "label"}};

/** The CLI flags for the same. */
export const GNAD_FLAGS = ["--columns", "label,text", "--delimiter", ";", "--quote", "'"];

/** Reads 10kGNAD's rows as RawArticles through the CSV adapter. */
export function readGnad(path: string): RawArticle[] {
  const out: RawArticle[] = [];
  for (const item of ADAPTERS[".csv"](path, path, GNAD_OPTIONS)) if ("raw" in item) out.push(item.raw);
  return out;
}

/** One field in 10kGNAD's dialect: quoted with `'` (doubled inside) when it holds `;` or `'`. */
function field(value: string): string {
  return /[;'\r\n]/.test(value) ? `'${value.replace(/'/g, "''")}'` : value;
}

/**
 * Writes `copies` copies of the corpus as CSV files into `dir`, each article
 * made unique by an appended marker sentence (so content hashes differ).
 * Returns the number of bytes written.
 */
export function writeCopies(texts: readonly string[], dir: string, copies: number): number {
  mkdirSync(dir, {recursive: true});
  let bytes = 0;
  for (let k = 1; k <= copies; k++) {
    const lines = texts.map((text) => `bench;${field(`${text} Dies ist Kopie ${k} des Benchmarks.`)}`);
    const csv = lines.join("\r\n") + "\r\n";
    writeFileSync(join(dir, `copy-${String(k).padStart(2, "0")}.csv`), csv);
    bytes += Buffer.byteLength(csv);
  }
  return bytes;
}
