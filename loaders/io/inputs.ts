import {existsSync, readdirSync, readFileSync, statSync} from "node:fs";
import {basename, extname, join, resolve} from "node:path";
import {decode, InputError, MAX_BYTES, type MixedReading} from "../ingest/decode.js";
import {splitFrontMatter} from "../ingest/frontmatter.js";
import {markdownToArticle} from "../ingest/markdown.js";
import type {RawArticle, SourceMeta} from "../types.js";
import {ADAPTERS} from "./adapters/index.js";
import {htmlToArticle} from "./html.js";
import {isMappingName} from "./folderMapping.js";
import {SOURCES_FILE, sourcesFor} from "./sources.js";

/** File extensions read as one article each. */
export const TEXT_EXTENSIONS = new Set([".txt", ".md", ".markdown", ".html", ".htm"]);

/** Every extension the CLI reads: one article per file, or many through an adapter. */
export const INPUT_EXTENSIONS = new Set([...TEXT_EXTENSIONS, ...Object.keys(ADAPTERS)]);


/** An input file found on the command line or in a folder. */
export interface InputFile {
  path: string;
  /** Size in bytes (0 when unknown). */
  size?: number;
  /** Modification time in ms. */
  mtimeMs?: number;
  /** Set when the file cannot be an input at all (missing, unsupported type). */
  problem?: string;
  /** Set for a file that is no input and is not read (a mapping file the run does not use): its ingest row is "ok" with this warning, so the run does not fail. */
  note?: string;
  /** The folder given on the command line that the file was found in (absent for a file given by itself): its sources.yaml and those below it apply. */
  root?: string;
}

/**
 * Expands paths into input files: folders recursively (hidden files,
 * sources.yaml and the files in `skip`, such as the run's mapping file, left
 * out), files as given. Every file found is returned, the unusable ones with a
 * problem, so each can be accounted for in ingest.csv.
 */
export function listInputs(paths: string[], extensions: ReadonlySet<string> = INPUT_EXTENSIONS, skip: readonly string[] = []): InputFile[] {
  const skipped = new Set(skip.map((p) => resolve(p)));
  const out: InputFile[] = [];
  const walk = (path: string, root: string | undefined) => {
    if (!existsSync(path)) return void out.push({path, problem: "file not found"});
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path).sort()) {
        if (entry.startsWith(".") || entry === SOURCES_FILE || entry === "node_modules" || skipped.has(resolve(path, entry))) continue;
        walk(join(path, entry), root ?? path);
      }
    } else if (root !== undefined && isMappingName(path)) {
      // a mapping.yaml below the top of a folder given, or beside the one --mapping names: not read
      out.push({path, note: "a mapping file that is not read: only one at the top of an input folder is found without --mapping; name it with --mapping FILE (one mapping file a run)"});
    } else if (!extensions.has(extname(path).toLowerCase())) {
      out.push({path, problem: `unsupported file type "${extname(path) || basename(path)}" (expected ${[...extensions].join(", ")})`});
    } else {
      out.push({path, size: stat.size, mtimeMs: stat.mtimeMs, ...(root === undefined ? {} : {root})});
    }
  };
  for (const p of paths) walk(p, undefined);
  return out;
}

/**
 * Reads one text/Markdown/HTML file into a RawArticle. Throws InputError with
 * a reason a person understands (empty, binary, undecodable, broken front matter, too large).
 */
export function readTextFile(path: string): RawArticle {
  const size = statSync(path).size;
  if (size > MAX_BYTES) throw new InputError(tooLarge(size));
  return rawFromBytes(path, readFileSync(path), sourcesFor(path).given);
}

/** The reason for a file over MAX_BYTES. */
export function tooLarge(size: number): string {
  return `file is larger than the ${MAX_BYTES / 1024 / 1024} MB limit (${(size / 1024 / 1024).toFixed(1)} MB)`;
}

/**
 * Decodes one text/Markdown/HTML file's bytes into a RawArticle, with the
 * metadata from its sources.yaml entry. No file access: the worker threads
 * receive the bytes from the main thread (with their mixed reading when the
 * main thread made it, see decode).
 */
export function rawFromBytes(path: string, bytes: Uint8Array, fromSources: SourceMeta, mixed?: MixedReading | null): RawArticle {
  const {text: decoded} = decode(bytes, mixed);
  const ext = extname(path).toLowerCase();
  if (ext === ".html" || ext === ".htm") {
    const {text, given, givenSource, titleOutlet, captions} = htmlToArticle(decoded);
    for (const key of Object.keys(fromSources) as (keyof SourceMeta)[]) delete givenSource[key];
    // an outlet given in sources.yaml leaves the page title's candidate unused
    return {file: path, text, given: {...given, ...fromSources}, givenSource, ...(titleOutlet && !fromSources.outlet ? {titleOutlet} : {}), ...(captions ? {captions} : {})};
  }
  const {text: body, meta} = splitFrontMatter(decoded);
  // Markdown marks are no words: the article text is the Markdown's plain text
  const {text, captions} = ext === ".md" || ext === ".markdown" ? markdownToArticle(body) : {text: body, captions: []};
  if (!text.trim()) throw new InputError("no article text after the front matter");
  return {file: path, text, given: {...fromSources, ...meta}, ...(captions.length ? {captions} : {})};
}
