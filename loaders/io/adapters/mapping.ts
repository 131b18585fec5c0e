import {readDate, unreadDate} from "../../ingest/published.js";
import {languageTag} from "../../ingest/language.js";
import type {Provenance, RawArticle, SourceMeta} from "../../types.js";
import {hasMarkup, markupToText, markupWarning} from "../markup.js";

/**
 * Which column (CSV/TSV header name, JSONL key) holds what. Unset fields are
 * looked up among common names (`text`, `content`, `body`, …), case-insensitively.
 */
export interface ColumnMapping {
  text?: string;
  title?: string;
  outlet?: string;
  published?: string;
  url?: string;
  language?: string;
  /** A row id: the article's file becomes `path#id` instead of `path#row`. */
  id?: string;
  /** A label such as 10kGNAD's category; passed on to adapter callers (evaluations), not a table column. */
  label?: string;
}

/** What an adapter yields for one row or feed item: an article, or the reason it is unusable. */
export type AdapterItem = {file: string; raw: RawArticle; label?: string; warnings?: string[]} | {file: string; problem: string};

const DEFAULT_NAMES: Record<keyof ColumnMapping, string[]> = {
  text: ["text", "content", "body", "article", "maintext", "fulltext"],
  title: ["title", "headline", "heading"],
  outlet: ["outlet", "source", "publisher", "site", "source_domain"],
  published: ["published", "date", "pubdate", "published_at", "date_publish", "datetime"],
  url: ["url", "link", "href"],
  language: ["language", "lang"],
  id: ["id", "article_id", "doc_id"],
  label: ["label", "category", "class"]
};

const META_KEYS = ["title", "outlet", "published", "url", "language"] as const;

/** Column index of each mapped field, resolved against a header. */
export type ResolvedMapping = Partial<Record<keyof ColumnMapping, number>>;

/**
 * Resolves a mapping against the header's column names (or a JSON row's keys).
 * Only the text column is required: throws when the column named for `text`
 * is missing or no text column can be found, naming the columns there are. A
 * column named for another field that is missing leaves that field empty, with
 * a message in `warnings` (the file's first row carries it); a field not named
 * is looked up among the common names (DEFAULT_NAMES).
 */
export function resolveMapping(header: readonly string[], mapping: ColumnMapping, warnings: string[] = []): ResolvedMapping {
  const lower = header.map((h) => h.trim().toLowerCase());
  const resolved: ResolvedMapping = {};
  const missing: string[] = [];
  for (const key of Object.keys(DEFAULT_NAMES) as (keyof ColumnMapping)[]) {
    const wanted = mapping[key];
    if (wanted !== undefined) {
      const index = lower.indexOf(wanted.trim().toLowerCase());
      if (index >= 0) resolved[key] = index;
      else if (key === "text") throw new Error(`no column "${wanted}" for text (columns: ${header.join(", ")})`);
      else missing.push(`"${wanted}" for ${key}`);
    } else {
      const index = lower.findIndex((h) => DEFAULT_NAMES[key].includes(h));
      if (index >= 0 && !Object.values(resolved).includes(index)) resolved[key] = index;
    }
  }
  if (resolved.text === undefined) throw new Error(`no text column: name one with --text-column, or "text:" in a mapping file (--mapping; PRESSESPIEGEL_MAPPING for the report) (columns: ${header.join(", ")})`);
  if (missing.length) warnings.push(`no column ${missing.join(", ")}: left empty in every row with these columns (columns: ${header.join(", ")})`);
  return resolved;
}

/**
 * Turns one row (values looked up by `get`) into an AdapterItem. The text is
 * taken as is apart from line endings ("\r\n" → "\n"); a text with HTML markup in it
 * is reduced to the text a reader sees (markup.ts), with a warning; an empty text is a problem.
 */
export function rowToItem(base: string, row: number, get: (index: number) => unknown, columns: ResolvedMapping, header: readonly string[]): AdapterItem {
  const value = (key: keyof ColumnMapping): string => {
    const index = columns[key];
    if (index === undefined) return "";
    const v = get(index);
    return v == null ? "" : String(v).trim();
  };
  const id = value("id");
  const file = `${base}#${id || row}`;
  const textIndex = columns.text!;
  const rawText = get(textIndex);
  if (rawText != null && typeof rawText !== "string") return {file, problem: `column "${header[textIndex]}" is not text`};
  let text = (rawText ?? "").replace(/\r\n?/g, "\n");
  if (!text.trim()) return {file, problem: `empty text in column "${header[textIndex]}"`};
  const given: SourceMeta = {};
  const givenSource: Partial<Record<keyof SourceMeta, Provenance>> = {};
  const warnings: string[] = [];
  // an article pasted with an embed (a post's blockquote and its script, an iframe): the text a reader sees (markup.ts)
  if (hasMarkup(text)) {
    const reduced = markupToText(text);
    if (!reduced.text.trim()) return {file, problem: `column "${header[textIndex]}" holds only HTML markup, no text`};
    text = reduced.text;
    warnings.push(markupWarning(`column "${header[textIndex]}"`, reduced));
  }
  for (const key of META_KEYS) {
    let v = value(key);
    if (key === "published" && v) {
      const day = readDate(v);
      // a value that is no date is named, not dropped silently
      if (!day) warnings.push(`column "${header[columns[key]!]}": ${unreadDate(v)}`);
      v = day;
    }
    if (key === "language") v = languageTag(v);
    if (v) [given[key], givenSource[key]] = [v, `given by column "${header[columns[key]!]}"`];
  }
  const label = value("label");
  return {file, raw: {file, text, given, givenSource}, ...(label ? {label} : {}), ...(warnings.length ? {warnings} : {})};
}


/**
 * The mapping resolved for one object's keys (a JSONL line, an item of a JSON array), once per distinct list of keys in
 * `cache`: the columns, or the error that rejects such objects, and `warnings` (mapped columns missing from the keys) only
 * when this list of keys was resolved now, so that the warning goes on the first object read with it.
 */
export function mappingForKeys(keys: readonly string[], mapping: ColumnMapping, cache: Map<string, ResolvedMapping | Error>): {columns: ResolvedMapping | Error; warnings?: string[]} {
  const signature = keys.join("\u0000");
  const known = cache.get(signature);
  if (known) return {columns: known};
  const warnings: string[] = [];
  let columns: ResolvedMapping | Error;
  try {
    columns = resolveMapping(keys, mapping, warnings);
  } catch (error) {
    columns = error as Error;
  }
  cache.set(signature, columns);
  return {columns, warnings};
}
