import {isUtf8} from "node:buffer";
import {readFileSync} from "node:fs";
import {InputError, MAX_BYTES, type MixedReading, mixedEncoding, mixedEncodingWarning, withoutBom} from "../ingest/decode.js";
import {frontMatterWarnings} from "../ingest/frontmatter.js";
import type {RawArticle, SourceMeta} from "../types.js";
import {AdapterError, type AdapterOptions, adapterFor} from "./adapters/index.js";
import {optionsFor} from "./adapters/perFile.js";
import {exportUnits} from "./exportUnits.js";
import {type InputFile, tooLarge} from "./inputs.js";
import {sourcesFor} from "./sources.js";
import {projectPath} from "./userPath.js";

/**
 * One input, in the order ingest.csv lists it: a file read as one article
 * (its bytes, decoded later in a worker, with their mixed reading when they are
 * not UTF-8: see mixedReading), an adapter row already turned into a
 * RawArticle, or an input that is unusable before any analysis. `input`
 * numbers the input file it came from (readUnits sets it; units of one file share it);
 * `warnings` say what of a usable input was not read as given (see inputWarnings).
 */
export type Unit = (
  | {file: string; problem: string; bytesRead: number}
  | {file: string; path: string; bytes: Uint8Array; given: SourceMeta; bytesRead: number; key?: string; mixed?: MixedReading | null}
  | {file: string; raw: RawArticle; bytesRead: number; key?: string}
  | {file: string; cachedKey: string; bytesRead: number}
) & {input?: number; warnings?: string[]};

/**
 * What readUnits needs from a cache to skip unchanged files: the units a file
 * gave last time (when its size and modification time, its folder's
 * sources.yaml and the adapter options are unchanged and every key is still cached), and a record of
 * what each file gives this time.
 */
export interface FileMemo {
  /** The cache key of a unit that is not a problem. */
  key(unit: Unit): string | undefined;
  replay(input: InputFile, options: AdapterOptions): Unit[] | undefined;
  record(input: InputFile, options: AdapterOptions, units: readonly MemoUnit[]): void;
}

/** What the memo keeps of a unit: its name, its cache key or problem, its size, and its warnings. */
export type MemoUnit = {file: string; key: string; bytesRead: number; warnings?: string[]} | {file: string; problem: string; bytesRead: number};

/** The name of an input in the tables: its path relative to the project folder, or absolute when outside it (projectPath). */
export function displayName(path: string): string {
  return projectPath(path);
}

/**
 * Streams the units of the given input files: text files one by one (only the
 * current file's bytes are held), adapter files row by row. Problems of a
 * whole adapter file (bad header, undecodable rest) become one unit naming the file.
 */
export function* readUnits(files: Iterable<InputFile>, adapterOptions: AdapterOptions = {}, memo?: FileMemo): Generator<Unit> {
  let n = 0;
  for (const input of files) {
    const number = n++;
    // the settings this file is read with (a mapping file's entry for it, see perFile.ts): the memo's stamp covers them
    const options = optionsFor(adapterOptions, input.path);
    const replayed = memo?.replay(input, options);
    if (replayed) {
      for (const unit of replayed) yield Object.assign(unit, {input: number});
      continue;
    }
    if (!memo) {
      for (const unit of unitsOf(input, options)) yield Object.assign(unit, {input: number});
      continue;
    }
    const seen: MemoUnit[] = [];
    for (const unit of unitsOf(input, options)) {
      const key = memo.key(unit);
      const warnings = unit.warnings?.length ? {warnings: unit.warnings} : {};
      seen.push(key ? {file: unit.file, key, bytesRead: unit.bytesRead, ...warnings} : {file: unit.file, problem: (unit as {problem: string}).problem, bytesRead: unit.bytesRead});
      yield Object.assign(unit, key ? {key, input: number} : {input: number});
    }
    memo.record(input, options, seen);
  }
}

/**
 * How decode will read bytes that are not UTF-8: mixedEncoding of the bytes
 * after a BOM, or null when they hold no UTF-8 sequence (plain Windows-1252);
 * undefined, without a scan, for UTF-8 and UTF-16 with BOM (Node's native
 * check, so UTF-8 files cost no decoding on this thread). The unit hands the
 * reading to the worker's decode, so a file is scanned once.
 */
export function mixedReading(bytes: Uint8Array): MixedReading | null | undefined {
  if (isUtf8(bytes) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return undefined;
  return mixedEncoding(withoutBom(bytes)) ?? null;
}

/**
 * A warning for text that is UTF-8 with some bytes that are not (read as
 * Windows-1252, see decode), naming how many; none for UTF-8, UTF-16 with BOM
 * and plain Windows-1252.
 */
export function encodingWarnings(bytes: Uint8Array, reading = mixedReading(bytes)): string[] {
  return reading ? [mixedEncodingWarning(reading.repaired)] : [];
}

/** Bytes of a file's start searched for its front matter (front matter is short). */
const FRONT_MATTER_BYTES = 64 * 1024;

/**
 * Unknown keys in a text or Markdown file's front matter (see frontMatterWarnings), read here
 * so that they reach ingest.csv as the file's warnings; only files opening with "---" are decoded.
 */
function frontMatterKeyWarnings(path: string, bytes: Uint8Array): string[] {
  if (/\.html?$/i.test(path)) return [];
  const at = bytes.length - withoutBom(bytes).length;
  if (bytes[at] !== 0x2d || bytes[at + 1] !== 0x2d || bytes[at + 2] !== 0x2d) return [];
  return frontMatterWarnings(new TextDecoder("utf-8").decode(bytes.subarray(at, at + FRONT_MATTER_BYTES)));
}

/**
 * A row's or feed item's metadata with what sources.yaml gives for its file (every item) and for the item itself
 * (`name.atom#2`): the user's entries win over the file's columns and feed elements, as they do over an HTML page's.
 */
function withSources(raw: RawArticle, input: InputFile, item: string): RawArticle {
  const {given} = sourcesFor(input.path, input.root, item);
  const keys = Object.keys(given) as (keyof SourceMeta)[];
  if (!keys.length) return raw;
  const givenSource = {...raw.givenSource};
  for (const key of keys) delete givenSource[key];
  return {...raw, given: {...raw.given, ...given}, givenSource};
}

function* unitsOf(input: InputFile, adapterOptions: AdapterOptions): Generator<Unit> {
  {
    const file = displayName(input.path);
    // a file that is no input (a mapping file not read): its row is the run's warning row (run.ts startRun)
    if (input.note) return;
    if (input.problem) {
      yield {file, problem: input.problem, bytesRead: 0};
      return;
    }
    const adapter = adapterFor(input.path);
    if (adapter) {
      let last = "";
      try {
        for (const item of adapter(input.path, file, adapterOptions)) {
          last = item.file;
          yield "raw" in item
            ? {file: item.file, raw: withSources(item.raw, input, item.file.slice(file.length)), bytesRead: Buffer.byteLength(item.raw.text), ...(item.warnings ? {warnings: item.warnings} : {})}
            : {file: item.file, problem: item.problem, bytesRead: 0};
        }
        if (!last) yield {file, problem: "no rows or items in the file", bytesRead: input.size ?? 0};
      } catch (error) {
        const reason = error instanceof AdapterError || error instanceof InputError ? error.message : `could not be read: ${(error as Error).message}`;
        yield {file: last ? `${file} (after ${last})` : file, problem: reason, bytesRead: 0};
      }
      return;
    }
    try {
      if ((input.size ?? 0) > MAX_BYTES) throw new InputError(tooLarge(input.size!));
      const bytes = readFileSync(input.path);
      // a press-database export (several articles in one .txt): one unit per document
      const documents = exportUnits(input, file, bytes, withSources);
      if (documents) {
        yield* documents;
        return;
      }
      const {given, warnings} = sourcesFor(input.path, input.root);
      const mixed = mixedReading(bytes);
      warnings.push(...encodingWarnings(bytes, mixed), ...frontMatterKeyWarnings(input.path, bytes));
      yield {file, path: input.path, bytes, given, bytesRead: bytes.length, ...(mixed !== undefined ? {mixed} : {}), ...(warnings.length ? {warnings} : {})};
    } catch (error) {
      const reason = error instanceof InputError ? error.message : `could not be read: ${(error as Error).message}`;
      yield {file, problem: reason, bytesRead: input.size ?? 0};
    }
  }
}
