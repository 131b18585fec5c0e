/**
 * A `.json` file holding articles: an array of objects (`[{"title": …, "text": …}, …]`) or an object
 * holding them under `articles` (also `items`, `documents`, `docs`, `data`, `results`, `records`), or
 * as its one array under another key when that array holds objects only (an object whose only array
 * is a list of tags is rejected, naming its keys). Each object is read as a JSONL line is (same mapping, `file#n`, same rejection of one
 * bad object); the file is parsed whole, once, up to MAX_JSON_BYTES (a larger one is rejected, with the
 * advice to save it as JSONL, which is streamed).
 */
import {statSync} from "node:fs";
import {mixedEncodingWarning} from "../../ingest/decode.js";
import {type AdapterItem, mappingForKeys, type ResolvedMapping, rowToItem} from "./mapping.js";
import type {AdapterOptions} from "./index.js";

/** Largest `.json` file read (it is parsed whole; JSONL is streamed and has no limit). */
export const MAX_JSON_BYTES = 64 * 1024 * 1024;

/** Keys of a wrapping object whose array holds the articles. */
const ARRAY_KEYS = ["articles", "items", "documents", "docs", "data", "results", "records"];

/** Thrown for a `.json` file that holds no articles; the message says what it holds instead. */
export class JsonArrayError extends Error {}

/**
 * The articles of a parsed `.json` value (see the module comment), or a JsonArrayError naming what
 * the value is instead. `fromSource` prefixes a mapping error with where the column names came from.
 */
export function* jsonArrayItems(value: unknown, file: string, options: AdapterOptions, warnings: string[] = []): Iterable<AdapterItem> {
  const rows = articleArray(value);
  const resolved = new Map<string, ResolvedMapping | Error>();
  let missing: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    const n = i + 1;
    const row = rows[i];
    if (!row || typeof row !== "object" || Array.isArray(row)) {
      yield {file: `${file}#${n}`, problem: `item ${n} of the JSON array is not an object`};
      continue;
    }
    const keys = Object.keys(row);
    const {columns, warnings: fresh} = mappingForKeys(keys, options.mapping ?? {}, resolved);
    if (fresh) missing = fresh;
    if (columns instanceof Error) {
      yield {file: `${file}#${n}`, problem: `item ${n}: ${options.source ? `${options.source}: ` : ""}${columns.message}`};
      continue;
    }
    const item = rowToItem(file, n, (k) => (row as Record<string, unknown>)[keys[k]], columns, keys);
    const extra = [...missing, ...warnings];
    missing = [];
    yield extra.length && "raw" in item ? {...item, warnings: [...extra, ...(item.warnings ?? [])]} : item;
  }
}

/** Whether an array is non-empty and each of its items is an object (not an array, not null). */
function holdsObjects(array: readonly unknown[]): boolean {
  return array.length > 0 && array.every((item) => !!item && typeof item === "object" && !Array.isArray(item));
}

/** The array of articles a `.json` value holds; throws JsonArrayError saying what it holds instead. */
function articleArray(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (value && typeof value === "object") {
    const entries = Object.entries(value);
    const named = entries.find(([k, v]) => ARRAY_KEYS.includes(k.toLowerCase()) && Array.isArray(v));
    if (named) return named[1] as unknown[];
    // under another key, only an array of objects is the article list ({"name": …, "tags": ["a", "b"]} is no wrapper)
    const arrays = entries.filter(([, v]) => Array.isArray(v));
    if (arrays.length === 1 && holdsObjects(arrays[0][1] as unknown[])) return arrays[0][1] as unknown[];
    throw new JsonArrayError(`holds a JSON object (keys: ${entries.map(([k]) => k).slice(0, 10).join(", ") || "none"}), not an array of articles: expected [{"text": …}, …] or {"articles": [{"text": …}, …]}`);
  }
  throw new JsonArrayError(`holds a JSON ${value === null ? "null" : typeof value}, not an array of articles: expected [{"text": …}, …] or {"articles": [{"text": …}, …]}`);
}

/**
 * Reads a `.json` file (decoded as tables are, see readChunks) and yields its articles; throws
 * JsonArrayError for a file too large, not JSON, or holding no array of articles.
 */
export function* readJsonArray(path: string, file: string, options: AdapterOptions, readChunks: (path: string, repairs: Map<number, number>) => Iterable<string>): Iterable<AdapterItem> {
  const size = statSync(path).size;
  if (size > MAX_JSON_BYTES) throw new JsonArrayError(`JSON file is larger than the ${MAX_JSON_BYTES / 1024 / 1024} MB limit: save it as JSONL (one article object per line, .jsonl), which is streamed`);
  const repairs = new Map<number, number>();
  const text = [...readChunks(path, repairs)].join("");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new JsonArrayError(`not valid JSON: ${(error as Error).message}`);
  }
  let repaired = 0;
  for (const n of repairs.values()) repaired += n;
  yield* jsonArrayItems(value, file, options, repaired ? [mixedEncodingWarning(repaired, " in the JSON file")] : []);
}
