/**
 * Reading a sources.yaml: the metadata users give for their articles, keyed by
 * a file's path relative to the sources.yaml's folder ("a.txt", or
 * "tageblatt/a.txt" for a file in a subfolder). Pure: the I/O layer
 * (io/sources.ts) finds the files, matches the entries and reports.
 */
import {yamlLib} from "../io/lazy.js";
import type {SourceMeta} from "./types.js";
import {InputError} from "./decode.js";
import {readMeta} from "./frontmatter.js";

/** What a sources.yaml gives: metadata by normalised key, and what it holds that is not used. */
export interface SourcesData {
  /** Metadata by key: a "/"-separated path relative to the sources.yaml's folder, without "./". */
  entries: Map<string, SourceMeta>;
  /** One message per entry or key not used (names the entry and the key). */
  warnings: string[];
}

/** A key as a "/"-separated relative path: "./a.txt" → "a.txt", "sub\\a.txt" → "sub/a.txt". */
export function normaliseKey(key: string): string {
  return key.trim().replace(/\\/g, "/").replace(/\/{2,}/g, "/").replace(/^(?:\.\/)+/, "");
}

/**
 * Parses the text of a sources.yaml. Throws InputError for YAML that cannot
 * be parsed (naming line and column, the YAML error's whole reason and the
 * line's text) and for a file that is no mapping of file names. Entries that
 * are no mapping, unknown keys and unreadable dates are left out with a warning.
 */
export function parseSources(text: string): SourcesData {
  let data: unknown;
  try {
    data = yamlLib().parse(text);
  } catch (error) {
    throw new InputError(`not valid YAML${yamlPlace(error, text)}: ${yamlReason(error)}`);
  }
  const entries = new Map<string, SourceMeta>();
  const warnings: string[] = [];
  if (data == null) return {entries, warnings};
  if (typeof data !== "object" || Array.isArray(data)) throw new InputError("not a mapping of file names to metadata (expected \"name.txt:\" lines with indented key: value pairs)");
  for (const [name, value] of Object.entries(data as Record<string, unknown>)) {
    if (!value || typeof value !== "object" || Array.isArray(value)) {
      warnings.push(`entry "${name}" is not a mapping of key: value pairs; ignored`);
      continue;
    }
    const {meta, problems} = readMeta(value as Record<string, unknown>);
    for (const problem of problems) warnings.push(`entry "${name}": ${problem.message}`);
    entries.set(normaliseKey(name), meta);
  }
  return {entries, warnings};
}

/** " (line 3, column 1, at "…")": where a YAML error lies, with the text of that line. */
function yamlPlace(error: unknown, text: string): string {
  const pos = (error as {linePos?: {line: number; col: number}[]}).linePos?.[0];
  if (!pos) return "";
  const line = text.split("\n")[pos.line - 1]?.replace(/\s+$/, "") ?? "";
  return ` (line ${pos.line}, column ${pos.col}${line.trim() ? `, at "${line.length > 80 ? `${line.slice(0, 80)}…` : line}"` : ""})`;
}

/** The YAML error's reason: its first line without the place (given by yamlPlace) and the trailing colon. */
function yamlReason(error: unknown): string {
  return String((error as Error).message ?? error).split("\n")[0].replace(/ at line \d+, column \d+:?$/, "").replace(/:$/, "");
}
