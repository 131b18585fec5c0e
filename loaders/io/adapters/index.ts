/**
 * Adapters read one file holding many articles (CSV, TSV, JSONL, RSS, Atom)
 * and yield one item per row or feed item, in file order, each an article
 * (`path#row`) or the reason it is unusable. Chosen by file extension; see
 * README "Write a new adapter".
 */
import {closeSync, openSync, readSync, statSync} from "node:fs";
import {extname} from "node:path";
import iconv from "iconv-lite";
import {parseFeed} from "./feed.js";
import {type AdapterItem, type ColumnMapping, resolveMapping, type ResolvedMapping, rowToItem} from "./mapping.js";
import {DsvParser} from "./dsv.js";

export type {AdapterItem, ColumnMapping} from "./mapping.js";

/** How to read tabular files: the column mapping plus DSV settings. */
export interface AdapterOptions {
  mapping?: ColumnMapping;
  /** Column names for files without a header row (e.g. ["label", "text"] for 10kGNAD). */
  columns?: string[];
  /** Field separator; default "," for .csv, tab for .tsv. */
  delimiter?: string;
  /** Quote character; default '"'. */
  quote?: string;
}

/** An adapter: reads the file at `path` (shown as `file`) and yields its items. */
export type Adapter = (path: string, file: string, options: AdapterOptions) => Iterable<AdapterItem>;

/** Largest feed file read (feeds are parsed whole; tables are streamed and have no limit). */
export const MAX_FEED_BYTES = 64 * 1024 * 1024;

/** Adapters by file extension. */
export const ADAPTERS: Record<string, Adapter> = {
  ".csv": (path, file, options) => readDsv(path, file, {delimiter: ",", ...options}),
  ".tsv": (path, file, options) => readDsv(path, file, {delimiter: "\t", ...options}),
  ".jsonl": readJsonl,
  ".ndjson": readJsonl,
  ".rss": readFeed,
  ".atom": readFeed,
  ".xml": readFeed
};

/** The adapter for a path, or undefined when the file is read as one article. */
export function adapterFor(path: string): Adapter | undefined {
  return ADAPTERS[extname(path).toLowerCase()];
}

/** Thrown for a file an adapter cannot read at all; the message names the problem. */
export class AdapterError extends Error {}

function* readDsv(path: string, file: string, options: AdapterOptions): Iterable<AdapterItem> {
  const parser = new DsvParser({delimiter: options.delimiter, quote: options.quote});
  let header = options.columns;
  let columns: ResolvedMapping | undefined;
  let row = 0;
  const records = function* () {
    for (const chunk of readChunks(path)) yield* parser.push(chunk);
    yield* parser.end();
  };
  for (const record of records()) {
    if (!header) {
      header = record.fields;
      continue;
    }
    if (!columns) {
      try {
        columns = resolveMapping(header, options.mapping ?? {});
      } catch (error) {
        throw new AdapterError((error as Error).message);
      }
    }
    row++;
    const at = `${file}#${row}`;
    if (record.problem) yield {file: at, problem: `${record.problem} (line ${record.line})`};
    else if (record.fields.length !== header.length) yield {file: at, problem: `line ${record.line} has ${record.fields.length} fields, expected ${header.length} (${header.join(", ")})`};
    else yield rowToItem(file, row, (i) => record.fields[i], columns, header);
  }
  if (!columns && header && !options.columns) {
    // a header without rows: still check the mapping, so a wrong column name is reported
    try {
      resolveMapping(header, options.mapping ?? {});
    } catch (error) {
      throw new AdapterError((error as Error).message);
    }
  }
}

function* readJsonl(path: string, file: string, options: AdapterOptions): Iterable<AdapterItem> {
  let pending = "";
  let line = 0;
  const resolved = new Map<string, ResolvedMapping | Error>();
  const one = (text: string): AdapterItem | undefined => {
    line++;
    if (!text.trim()) return undefined;
    const at = `${file}#${line}`;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      return {file: at, problem: `line ${line} is not valid JSON: ${(error as Error).message}`};
    }
    if (!value || typeof value !== "object" || Array.isArray(value)) return {file: at, problem: `line ${line} is not a JSON object`};
    const keys = Object.keys(value);
    const signature = keys.join("\u0000");
    let columns = resolved.get(signature);
    if (!columns) {
      try {
        columns = resolveMapping(keys, options.mapping ?? {});
      } catch (error) {
        columns = error as Error;
      }
      resolved.set(signature, columns);
    }
    if (columns instanceof Error) return {file: at, problem: `line ${line}: ${columns.message}`};
    return rowToItem(file, line, (i) => (value as Record<string, unknown>)[keys[i]], columns, keys);
  };
  for (const chunk of readChunks(path)) {
    pending += chunk;
    let nl: number;
    let from = 0;
    while ((nl = pending.indexOf("\n", from)) >= 0) {
      const item = one(pending.slice(from, nl));
      if (item) yield item;
      from = nl + 1;
    }
    pending = pending.slice(from);
  }
  if (pending) {
    const item = one(pending);
    if (item) yield item;
  }
}

function* readFeed(path: string, file: string): Iterable<AdapterItem> {
  const size = statSync(path).size;
  if (size > MAX_FEED_BYTES) throw new AdapterError(`feed is larger than the ${MAX_FEED_BYTES / 1024 / 1024} MB limit`);
  const text = [...readChunks(path)].join("");
  try {
    yield* parseFeed(text, file);
  } catch (error) {
    throw new AdapterError((error as Error).message);
  }
}

const CHUNK_BYTES = 1 << 20;

/**
 * Reads a file as text in chunks of about 1 MB: UTF-8 (BOM dropped), or
 * Windows-1252 when the first chunk is not UTF-8. Throws AdapterError when a
 * later chunk turns out not to be UTF-8.
 */
export function* readChunks(path: string): Iterable<string> {
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    let decoder: {decode(bytes: Uint8Array, options?: {stream: boolean}): string} = new TextDecoder("utf-8", {fatal: true});
    let first = true;
    let offset = 0;
    for (;;) {
      const n = readSync(fd, buffer, 0, CHUNK_BYTES, null);
      const bytes = buffer.subarray(0, n);
      if (first && n) {
        first = false;
        try {
          new TextDecoder("utf-8", {fatal: true}).decode(bytes, {stream: true});
        } catch {
          decoder = windows1252();
        }
      }
      try {
        const text = n ? decoder.decode(bytes, {stream: true}) : decoder.decode(new Uint8Array(), {stream: false});
        if (text) yield text;
      } catch {
        throw new AdapterError(`text cannot be decoded: not UTF-8 after byte ${offset}`);
      }
      if (!n) return;
      offset += n;
    }
  } finally {
    closeSync(fd);
  }
}

function windows1252() {
  return {decode: (bytes: Uint8Array) => iconv.decode(Buffer.from(bytes), "windows-1252")};
}
