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
import {yamlErrorMessage} from "./yamlError.js";

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
    throw new InputError(yamlErrorMessage("not valid YAML", error, text));
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

