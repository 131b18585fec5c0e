import {yamlLib} from "../io/lazy.js";
import type {SourceMeta} from "../types.js";
import {InputError} from "./decode.js";
import {DATE_FORMS, readDate} from "./published.js";
import {yamlErrorMessage} from "./yamlError.js";

const KEYS = ["outlet", "title", "published", "url", "language"] as const;

/**
 * Splits YAML front matter ("---" … "---" at the very top) from the text.
 * Returns the text without it, so offsets point into what follows the front matter.
 * Throws InputError when the front matter is unclosed, not YAML, or not a mapping.
 */
export function splitFrontMatter(text: string): {text: string; meta: SourceMeta} {
  const block = readFrontMatter(text);
  if (!block) return {text, meta: {}};
  return {text: block.rest, meta: toMeta(block.data, "front matter")};
}

/**
 * Warnings for front matter that is read but not all used: each unknown key (a
 * misspelt `publishd:`), as sources.yaml reports them. None for text without
 * front matter, and none for broken front matter or a published value that is
 * no date (splitFrontMatter rejects those).
 */
export function frontMatterWarnings(text: string): string[] {
  let block: ReturnType<typeof readFrontMatter>;
  try {
    block = readFrontMatter(text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"));
  } catch {
    return [];
  }
  if (!block) return [];
  return readMeta(block.data).problems.filter((p) => p.key !== "published").map((p) => `front matter: ${p.message}`);
}

/**
 * The front matter's mapping (empty for an empty block) and the text after it;
 * undefined when the text opens with no "---" line. The one scan and parse
 * that splitFrontMatter and frontMatterWarnings share. Throws InputError when
 * the block is unclosed, not YAML, or not a mapping.
 */
function readFrontMatter(text: string): {rest: string; data: Record<string, unknown>} | undefined {
  if (!/^---[ \t]*\n/.test(text)) return undefined;
  const close = /\n---[ \t]*(?:\n|$)/g;
  close.lastIndex = 3;
  const m = close.exec(text);
  if (!m) throw new InputError("broken front matter: opening --- has no closing ---");
  const yaml = text.slice(text.indexOf("\n") + 1, m.index + 1);
  let data: unknown;
  try {
    data = yamlLib().parse(yaml);
  } catch (error) {
    throw new InputError(yamlErrorMessage("broken front matter", error, yaml, 2));
  }
  if (data != null && (typeof data !== "object" || Array.isArray(data))) throw new InputError("broken front matter: expected key: value pairs");
  return {rest: text.slice(m.index + m[0].length), data: (data ?? {}) as Record<string, unknown>};
}

/**
 * Reads the known metadata keys from a mapping; `published` must be a date
 * (YYYY-MM-DD or a German numeric date, see readDate). Throws InputError,
 * prefixed with `where`, for a published value that is no date.
 */
export function toMeta(data: Record<string, unknown>, where: string): SourceMeta {
  const {meta, problems} = readMeta(data);
  const published = problems.find((p) => p.key === "published");
  if (published) throw new InputError(`${where}: ${published.message}`);
  return meta;
}

/** A key of a metadata mapping that was not used, and why. */
export interface MetaProblem {
  key: string;
  message: string;
}

/**
 * Reads the known metadata keys (outlet, title, published, url, language) from
 * a mapping, leniently: a published value that is no date and a key that is
 * not known (a misspelt `publishd`) are left out and named in `problems`.
 */
export function readMeta(data: Record<string, unknown>): {meta: SourceMeta; problems: MetaProblem[]} {
  const meta: SourceMeta = {};
  const problems: MetaProblem[] = [];
  for (const key of Object.keys(data)) {
    if (!(KEYS as readonly string[]).includes(key)) problems.push({key, message: `unknown key "${key}" (known: ${KEYS.join(", ")}); ignored`});
  }
  for (const key of KEYS) {
    let value = data[key];
    if (value == null || value === "") continue;
    if (value instanceof Date) value = value.toISOString().slice(0, 10);
    value = String(value).trim();
    if (key === "published") {
      const day = readDate(value as string);
      if (!day) {
        problems.push({key, message: `published must be ${DATE_FORMS}, got "${value}"`});
        continue;
      }
      value = day;
    }
    meta[key] = value as string;
  }
  return {meta, problems};
}
