import {readFileSync} from "node:fs";
import {yamlLib} from "../lazy.js";
import type {AdapterOptions} from "./index.js";
import type {ColumnMapping} from "./mapping.js";

const MAPPING_KEYS = ["text", "title", "outlet", "published", "url", "language", "id", "label"] as const;

/** Command-line flags that set the column mapping: `--text-column`, `--title-column`, … */
export const COLUMN_FLAGS = Object.fromEntries(MAPPING_KEYS.map((key) => [`${key}-column`, {type: "string" as const}]));

/**
 * Adapter options from a mapping file (YAML or JSON: `columns`, `delimiter`,
 * `quote`, and `text`, `title`, `outlet`, `published`, `url`, `language`, `id`,
 * `label` naming columns) overlaid with command-line flags. Throws with a
 * message that names the problem.
 */
export function adapterOptions(flags: Record<string, string | boolean | undefined>): AdapterOptions {
  let file: Record<string, unknown> = {};
  if (typeof flags.mapping === "string") {
    let data: unknown;
    try {
      data = yamlLib().parse(readFileSync(flags.mapping, "utf8"));
    } catch (error) {
      throw new Error(`mapping file ${flags.mapping}: ${(error as Error).message.split("\n")[0]}`);
    }
    if (!data || typeof data !== "object" || Array.isArray(data)) throw new Error(`mapping file ${flags.mapping}: expected key: value pairs`);
    file = data as Record<string, unknown>;
    for (const key of Object.keys(file)) {
      if (!["columns", "delimiter", "quote", ...MAPPING_KEYS].includes(key)) throw new Error(`mapping file ${flags.mapping}: unknown key "${key}"`);
    }
  }
  const mapping: ColumnMapping = {};
  for (const key of MAPPING_KEYS) {
    const value = flags[`${key}-column`] ?? file[key];
    if (value != null) mapping[key] = String(value);
  }
  const columns = flags.columns ?? file.columns;
  const options: AdapterOptions = {mapping};
  if (columns != null) options.columns = (Array.isArray(columns) ? columns.map(String) : String(columns).split(",")).map((c) => c.trim());
  const delimiter = flags.delimiter ?? file.delimiter;
  if (delimiter != null) options.delimiter = unescape(String(delimiter));
  const quote = flags.quote ?? file.quote;
  if (quote != null) options.quote = String(quote);
  if (options.delimiter !== undefined && options.delimiter.length !== 1) throw new Error(`--delimiter must be one character, got ${JSON.stringify(options.delimiter)}`);
  if (options.quote !== undefined && options.quote.length > 1) throw new Error(`--quote must be one character (or empty for none), got ${JSON.stringify(options.quote)}`);
  return options;
}

function unescape(value: string): string {
  return value === "\\t" || value.toLowerCase() === "tab" ? "\t" : value;
}
