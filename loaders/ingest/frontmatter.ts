import {lazy} from "../io/lazy.js";
import type {SourceMeta} from "../types.js";
import {InputError} from "./decode.js";

/** The YAML parser, loaded at the first YAML text (a re-run whose data/ is memoized reads none). */
const yamlLib = lazy<typeof import("yaml")>("yaml");

const KEYS = ["outlet", "title", "published", "url", "language"] as const;

/**
 * Splits YAML front matter ("---" … "---" at the very top) from the text.
 * Returns the text without it, so offsets point into what follows the front matter.
 * Throws InputError when the front matter is unclosed, not YAML, or not a mapping.
 */
export function splitFrontMatter(text: string): {text: string; meta: SourceMeta} {
  if (!/^---[ \t]*\n/.test(text)) return {text, meta: {}};
  const close = /\n---[ \t]*(?:\n|$)/g;
  close.lastIndex = 3;
  const m = close.exec(text);
  if (!m) throw new InputError("broken front matter: opening --- has no closing ---");
  const yaml = text.slice(text.indexOf("\n") + 1, m.index + 1);
  let data: unknown;
  try {
    data = yamlLib().parse(yaml);
  } catch (error) {
    throw new InputError(`broken front matter${yamlErrorPlace(error)}: ${yamlErrorReason(error)}`);
  }
  if (data != null && (typeof data !== "object" || Array.isArray(data))) throw new InputError("broken front matter: expected key: value pairs");
  return {text: text.slice(m.index + m[0].length), meta: toMeta((data ?? {}) as Record<string, unknown>, "front matter")};
}

/** Where a YAML error lies, as a line of the whole file: the front matter's first line is the file's second. */
function yamlErrorPlace(error: unknown): string {
  const pos = (error as {linePos?: {line: number; col: number}[]}).linePos?.[0];
  return pos ? ` (line ${pos.line + 1}, column ${pos.col})` : "";
}

/** The YAML error's first line without its own place, which counts lines of the front matter alone. */
function yamlErrorReason(error: unknown): string {
  return String((error as Error).message ?? error).split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
}

/** Reads the known metadata keys from a mapping; `published` must be a date. */
export function toMeta(data: Record<string, unknown>, where: string): SourceMeta {
  const meta: SourceMeta = {};
  for (const key of KEYS) {
    let value = data[key];
    if (value == null || value === "") continue;
    if (value instanceof Date) value = value.toISOString().slice(0, 10);
    value = String(value).trim();
    if (key === "published" && !/^\d{4}-\d{2}-\d{2}$/.test(value as string)) throw new InputError(`${where}: published must be YYYY-MM-DD, got "${value}"`);
    meta[key] = value as string;
  }
  return meta;
}
