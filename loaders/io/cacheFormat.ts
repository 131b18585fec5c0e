import type {JobResult} from "./process.js";

/**
 * How cache entries are written: each table of an article as its column names
 * once and one array of values per row (`[columns, ...rows]`), instead of one
 * object per row repeating every key. About half the bytes of plain JSON, and
 * read back faster: rows are rebuilt by one function per column list that
 * creates the object literal directly. A row whose keys differ from the
 * table's columns is kept as an object, so every entry reads back exactly as
 * JSON.parse(JSON.stringify(value)) would. Part of the cache key.
 */
export const CACHE_FORMAT = "columns@1";

type Row = Record<string, unknown>;
type EncodedTable = [string[], ...(unknown[] | Row)[]];

/** Encodes one job result as JSON in the columnar form. */
export function encodeEntry(value: JobResult): string {
  if (!value.ok) return JSON.stringify(value);
  const tables: Record<string, EncodedTable> = {};
  for (const [name, rows] of Object.entries(value.tables) as unknown as [string, Row[]][]) {
    // "__proto__" would set the prototype in an object literal: such tables keep their rows as objects
    const columns = rows.length ? Object.keys(rows[0]).filter((k) => rows[0][k] !== undefined) : [];
    if (columns.includes("__proto__")) columns.length = 0;
    const encoded: EncodedTable = [columns];
    for (const row of rows) encoded.push(sameKeys(row, columns) ? columns.map((c) => row[c]) : row);
    tables[name] = encoded;
  }
  return JSON.stringify({ok: true, article_id: value.article_id, tables});
}

/** Decodes what encodeEntry wrote. Throws on text that is not such an entry. */
export function decodeEntry(json: string): JobResult {
  const value = JSON.parse(json) as {ok: boolean; article_id?: string; tables?: Record<string, EncodedTable>};
  if (!value.ok) return value as JobResult;
  const tables: Record<string, Row[]> = {};
  for (const [name, [columns, ...rows]] of Object.entries(value.tables!)) {
    const make = rowMaker(columns);
    tables[name] = rows.map((row) => (Array.isArray(row) ? make(row) : row));
  }
  return {ok: true, article_id: value.article_id!, tables: tables as never};
}

/** True when the row has exactly these keys with defined values, in this order. */
export function sameKeys(row: Row, columns: string[]): boolean {
  let n = 0;
  for (const key in row) {
    if (row[key] === undefined) continue;
    if (columns[n] !== key) return false;
    n++;
  }
  return n === columns.length;
}

const makers = new Map<string, (values: unknown[]) => Row>();

/**
 * A function turning an array of values into an object with these keys, as an
 * object literal (one hidden class per column list, no per-key transitions).
 * Keys are embedded as JSON string literals, so no key can inject code.
 */
function rowMaker(columns: string[]): (values: unknown[]) => Row {
  const id = JSON.stringify(columns);
  let make = makers.get(id);
  if (!make) {
    make = new Function("v", `return {${columns.map((c, i) => `${JSON.stringify(c)}: v[${i}]`).join(", ")}};`) as (values: unknown[]) => Row;
    makers.set(id, make);
  }
  return make;
}
