import {readFileSync, statSync} from "node:fs";
import {dirname, resolve} from "node:path";
import {yamlLib} from "../lazy.js";
import type {AdapterOptions} from "./index.js";
import type {ColumnMapping} from "./mapping.js";
import {checkEntryKey, isEntryKey, isInside} from "./perFile.js";

const MAPPING_KEYS = ["text", "title", "outlet", "published", "url", "language", "id", "label"] as const;

/** The keys of one file's settings in a mapping file. */
const SETTING_KEYS: readonly string[] = ["columns", "delimiter", "quote", ...MAPPING_KEYS];

/** Command-line flags that set the column mapping: `--text-column`, `--title-column`, … */
export const COLUMN_FLAGS = Object.fromEntries(MAPPING_KEYS.map((key) => [`${key}-column`, {type: "string" as const}]));

/**
 * Adapter options from a mapping file (YAML or JSON) overlaid with command-line
 * flags. The file holds settings (`columns`, `delimiter`, `quote`, and `text`,
 * `title`, `outlet`, `published`, `url`, `language`, `id`, `label` naming
 * columns) for every tabular file, and/or entries per file: a key naming a file
 * or a glob (`clipping.jsonl`, `exporte/*.tsv`) whose value holds that file's
 * settings (see perFile.ts, optionsFor). `inputs` are the run's input paths: a
 * mapping file lying in one of its folders maps only its own folder and below.
 * Throws with a message that names the mapping file and the key at fault.
 */
export function adapterOptions(flags: Record<string, string | boolean | undefined>, inputs: readonly string[] = []): AdapterOptions {
  if (typeof flags.mapping !== "string") return settings(flags, {});
  const path = flags.mapping;
  let data: unknown;
  try {
    data = yamlLib().parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`mapping file ${path}: ${(error as Error).message.split("\n")[0]}`);
  }
  if (!data || typeof data !== "object" || Array.isArray(data)) throw new Error(`mapping file ${path}: expected key: value pairs`);
  const top: Record<string, unknown> = {};
  const entries: {key: string; options: AdapterOptions}[] = [];
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (SETTING_KEYS.includes(key)) top[key] = value;
    else if (isEntryKey(key, value)) {
      checkEntryKey(key, path);
      if (!value || typeof value !== "object" || Array.isArray(value)) throw new Error(`mapping file ${path}: "${key}": expected the file's settings as key: value pairs (text: …, title: …)`);
      entries.push({key, options: settings(flags, value as Record<string, unknown>, `mapping file ${path}: "${key}": `)});
    } else throw new Error(`mapping file ${path}: unknown key "${key}" (settings: ${SETTING_KEYS.join(", ")}; or a file name or glob with its settings, such as "export.csv: {text: Artikeltext}")`);
  }
  const options = settings(flags, top, `mapping file ${path}: `);
  const folder = dirname(resolve(path));
  const scoped = inputs.some((input) => isFolder(input) && isInside(resolve(path), resolve(input)));
  if (!entries.length && !scoped) return options;
  return {...options, perFile: {file: path, folder, scoped, entries, outside: settings(flags, {})}};
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * One file's options: the flags over `file`'s settings. `where` prefixes errors
 * in a mapping file (an error in a flag names the flag).
 */
function settings(flags: Record<string, string | boolean | undefined>, file: Record<string, unknown>, where = ""): AdapterOptions {
  for (const key of Object.keys(file)) {
    if (!SETTING_KEYS.includes(key)) throw new Error(`${where}unknown key "${key}" (expected ${SETTING_KEYS.join(", ")})`);
    const value = file[key];
    if (value != null && typeof value === "object" && !(key === "columns" && Array.isArray(value))) throw new Error(`${where}"${key}" must be ${key === "columns" ? "a list of column names" : "one value"}, got ${JSON.stringify(value)}`);
    if (value === "" && (MAPPING_KEYS as readonly string[]).includes(key)) throw new Error(`${where}"${key}" names no column`);
  }
  const mapping: ColumnMapping = {};
  for (const key of MAPPING_KEYS) {
    const value = flags[`${key}-column`] ?? file[key];
    if (value != null) mapping[key] = String(value);
  }
  const columns = flags.columns ?? file.columns;
  const options: AdapterOptions = {mapping};
  // errors about the columns a file lacks name the mapping file and entry the names came from
  if (where) options.source = where.replace(/: $/u, "");
  if (columns != null) options.columns = (Array.isArray(columns) ? columns.map(String) : String(columns).split(",")).map((c) => c.trim());
  const delimiter = flags.delimiter ?? file.delimiter;
  if (delimiter != null) options.delimiter = unescape(String(delimiter));
  const quote = flags.quote ?? file.quote;
  if (quote != null) options.quote = String(quote);
  const named = (flag: string) => (flags[flag] == null && where ? `${where}"${flag}"` : `--${flag}`);
  if (options.delimiter !== undefined && options.delimiter.length !== 1) throw new Error(`${named("delimiter")} must be one character, got ${JSON.stringify(options.delimiter)}`);
  if (options.quote !== undefined && options.quote.length > 1) throw new Error(`${named("quote")} must be one character (or empty for none), got ${JSON.stringify(options.quote)}`);
  return options;
}

function unescape(value: string): string {
  return value === "\\t" || value.toLowerCase() === "tab" ? "\t" : value;
}
