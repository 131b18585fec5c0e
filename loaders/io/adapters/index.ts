/**
 * Adapters read one file holding many articles (CSV, TSV, JSONL, a JSON array, RSS, Atom)
 * and yield one item per row or feed item, in file order, each an article
 * (`path#row`) or the reason it is unusable. Chosen by file extension; see
 * README "Write a new adapter".
 */
import {isUtf8} from "node:buffer";
import {closeSync, openSync, readSync, statSync} from "node:fs";
import {extname} from "node:path";
import iconv from "iconv-lite";
import {holdsUtf8Sequence, mixedEncoding, mixedEncodingWarning} from "../../ingest/decode.js";
import {parseFeed} from "./feed.js";
import {type AdapterItem, type ColumnMapping, mappingForKeys, resolveMapping, type ResolvedMapping, rowToItem} from "./mapping.js";
import {DsvParser} from "./dsv.js";
import {JsonArrayError, readJsonArray} from "./jsonArray.js";
import type {PerFileMapping} from "./perFile.js";

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
  /** A mapping file's entries per file and scope (see adapterOptions): each file is read with optionsFor(options, path). */
  perFile?: PerFileMapping;
  /** Where the column names come from, for messages: `mapping file m.yaml: "export.csv"` (set by adapterOptions). */
  source?: string;
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
  ".json": (path, file, options) => wrapJsonErrors(() => readJsonArray(path, file, options, readChunks)),
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
  // mapped columns the header lacks: a warning on the file's first row
  let missing: string[] = [];
  let row = 0;
  const repairs = new Map<number, number>();
  const records = function* () {
    for (const chunk of readChunks(path, repairs)) yield* parser.push(chunk);
    yield* parser.end();
  };
  for (const record of records()) {
    if (!header) {
      header = record.fields;
      continue;
    }
    if (!columns) {
      try {
        columns = resolveMapping(header, options.mapping ?? {}, missing);
      } catch (error) {
        throw new AdapterError(fromSource(options, error));
      }
    }
    row++;
    const at = `${file}#${row}`;
    if (record.problem) yield {file: at, problem: `${record.problem} (line ${record.line})`};
    else if (record.fields.length !== header.length) yield {file: at, problem: `line ${record.line} has ${record.fields.length} fields, expected ${header.length} (${header.join(", ")})`};
    else {
      // the missing columns' warning goes on the first row that is read, not on a rejected one
      const warnings = [...missing, ...repairWarnings(repairs, record.line, recordLines(record.fields))];
      missing = [];
      yield withWarnings(rowToItem(file, row, (i) => record.fields[i], columns, header), warnings);
    }
  }
  if (!columns && header && !options.columns) {
    // a header without rows: still check the mapping, so a wrong column name is reported
    try {
      resolveMapping(header, options.mapping ?? {});
    } catch (error) {
      throw new AdapterError(fromSource(options, error));
    }
  }
}

/** A mapping error's message, after the mapping file and entry the column names came from ("mapping file m.yaml: \"a.csv\": no column …"). */
function fromSource(options: AdapterOptions, error: unknown): string {
  const message = (error as Error).message;
  return options.source ? `${options.source}: ${message}` : message;
}

function* readJsonl(path: string, file: string, options: AdapterOptions): Iterable<AdapterItem> {
  let pending = "";
  let line = 0;
  const resolved = new Map<string, ResolvedMapping | Error>();
  // mapped columns missing from the keys of a row: a warning on the first row with those keys
  let missing: string[] = [];
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
    const {columns, warnings: fresh} = mappingForKeys(keys, options.mapping ?? {}, resolved);
    if (fresh) missing = fresh;
    if (columns instanceof Error) return {file: at, problem: `line ${line}: ${fromSource(options, columns)}`};
    const warnings = [...missing, ...repairWarnings(repairs, line, 1)];
    missing = [];
    return withWarnings(rowToItem(file, line, (i) => (value as Record<string, unknown>)[keys[i]], columns, keys), warnings);
  };
  const repairs = new Map<number, number>();
  for (const chunk of readChunks(path, repairs)) {
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
  const repairs = new Map<number, number>();
  const text = [...readChunks(path, repairs)].join("");
  // a feed item's lines are not known after parsing: the feed's repairs are named on each item
  const warnings = repairWarnings(repairs, 1, Math.max(0, ...repairs.keys()), " in the feed file");
  try {
    for (const item of parseFeed(text, file)) yield withWarnings(item, warnings);
  } catch (error) {
    throw new AdapterError((error as Error).message);
  }
}

/** A JSON file's items, its JsonArrayError as an AdapterError (the file's problem). */
function* wrapJsonErrors(items: () => Iterable<AdapterItem>): Iterable<AdapterItem> {
  try {
    yield* items();
  } catch (error) {
    throw error instanceof JsonArrayError ? new AdapterError(error.message) : error;
  }
}

/** An item with more warnings (a row's repaired bytes); a problem stays as it is. */
function withWarnings(item: AdapterItem, warnings: string[]): AdapterItem {
  if (!warnings.length || !("raw" in item)) return item;
  return {...item, warnings: [...warnings, ...(item.warnings ?? [])]};
}

/** Lines a parsed record spans: one, plus the line ends inside its quoted fields. */
function recordLines(fields: readonly string[]): number {
  let lines = 1;
  for (const f of fields) for (let i = f.indexOf("\n"); i >= 0; i = f.indexOf("\n", i + 1)) lines++;
  return lines;
}

const CHUNK_BYTES = 1 << 20;

/**
 * Reads a file as text in chunks of about 1 MB, cut at line ends: UTF-8 (BOM dropped),
 * or Windows-1252 as a whole when the first chunk is not UTF-8 and holds no UTF-8
 * character of two or more bytes. A line of a UTF-8 file with bytes that are not
 * UTF-8 (a Latin-1 "ü" pasted in) is repaired as text files are (see mixedEncoding):
 * its UTF-8 is read as such and only those bytes as Windows-1252; `repairs`, when
 * given, receives how many bytes were so read by 1-based line number.
 */
export function* readChunks(path: string, repairs?: Map<number, number>): Iterable<string> {
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    // bytes after the last line end read so far (a line may span chunks)
    let pending: Buffer[] = [];
    let whole1252: boolean | undefined;
    let line = 1;
    for (;;) {
      const n = readSync(fd, buffer, 0, CHUNK_BYTES, null);
      const chunk = buffer.subarray(0, n);
      const cut = n ? chunk.lastIndexOf(0x0a) + 1 : 0;
      if (n && !cut) {
        pending.push(Buffer.from(chunk));
        continue;
      }
      let bytes = Buffer.concat([...pending, n ? chunk.subarray(0, cut) : chunk]);
      pending = n ? [Buffer.from(chunk.subarray(cut))] : [];
      if (whole1252 === undefined) {
        if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
        whole1252 = !isUtf8(bytes) && !holdsUtf8Sequence(bytes);
      }
      if (bytes.length) {
        const text = whole1252 ? iconv.decode(bytes, "windows-1252") : decodeLines(bytes, line, repairs);
        if (whole1252 || repairs) line += countLineEnds(bytes);
        yield text;
      }
      if (!n) return;
    }
  } finally {
    closeSync(fd);
  }
}

/** Number of "\n" bytes. */
function countLineEnds(bytes: Uint8Array): number {
  let count = 0;
  for (let i = bytes.indexOf(0x0a); i >= 0; i = bytes.indexOf(0x0a, i + 1)) count++;
  return count;
}

/** UTF-8 lines as UTF-8; a line that is not is repaired (mixedEncoding, else Windows-1252) and its repaired bytes counted. */
function decodeLines(bytes: Buffer, firstLine: number, repairs?: Map<number, number>): string {
  if (isUtf8(bytes)) return bytes.toString("utf8");
  const out: string[] = [];
  let line = firstLine;
  for (let from = 0; from < bytes.length; line++) {
    const nl = bytes.indexOf(0x0a, from);
    const to = nl < 0 ? bytes.length : nl + 1;
    const part = bytes.subarray(from, to);
    if (isUtf8(part)) out.push(part.toString("utf8"));
    else {
      const mixed = mixedEncoding(part);
      out.push(mixed ? mixed.text : iconv.decode(part, "windows-1252"));
      repairs?.set(line, mixed ? mixed.repaired : part.filter((b) => b >= 0x80).length);
    }
    from = to;
  }
  return out.join("");
}

/** Repaired bytes on lines `from` to `from + lines - 1`, as a row's warning (none when there are none); `where` as mixedEncodingWarning's. */
function repairWarnings(repairs: Map<number, number>, from: number, lines: number, where = ""): string[] {
  if (!repairs.size) return [];
  let repaired = 0;
  for (let l = from; l < from + lines; l++) repaired += repairs.get(l) ?? 0;
  return repaired ? [mixedEncodingWarning(repaired, where)] : [];
}
