import type {Provenance, RawArticle, SourceMeta} from "../../types.js";

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
export type AdapterItem = {file: string; raw: RawArticle; label?: string} | {file: string; problem: string};

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
 * Resolves a mapping against the header's column names. Throws when an
 * explicitly named column is missing or no text column can be found, naming
 * the columns there are.
 */
export function resolveMapping(header: readonly string[], mapping: ColumnMapping): ResolvedMapping {
  const lower = header.map((h) => h.trim().toLowerCase());
  const resolved: ResolvedMapping = {};
  for (const key of Object.keys(DEFAULT_NAMES) as (keyof ColumnMapping)[]) {
    const wanted = mapping[key];
    if (wanted !== undefined) {
      const index = lower.indexOf(wanted.trim().toLowerCase());
      if (index < 0) throw new Error(`no column "${wanted}" for ${key} (columns: ${header.join(", ")})`);
      resolved[key] = index;
    } else {
      const index = lower.findIndex((h) => DEFAULT_NAMES[key].includes(h));
      if (index >= 0 && !Object.values(resolved).includes(index)) resolved[key] = index;
    }
  }
  if (resolved.text === undefined) throw new Error(`no text column: name one with --text-column, or "text:" in a mapping file (--mapping; PRESSESPIEGEL_MAPPING for the report) (columns: ${header.join(", ")})`);
  return resolved;
}

/**
 * Turns one row (values looked up by `get`) into an AdapterItem. The text is
 * taken as is apart from line endings ("\r\n" → "\n"); an empty text is a problem.
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
  const text = (rawText ?? "").replace(/\r\n?/g, "\n");
  if (!text.trim()) return {file, problem: `empty text in column "${header[textIndex]}"`};
  const given: SourceMeta = {};
  const givenSource: Partial<Record<keyof SourceMeta, Provenance>> = {};
  for (const key of META_KEYS) {
    let v = value(key);
    if (key === "published") v = isoDate(v);
    if (key === "language") v = v.slice(0, 2).toLowerCase();
    if (v) [given[key], givenSource[key]] = [v, `given by column "${header[columns[key]!]}"`];
  }
  const label = value("label");
  return {file, raw: {file, text, given, givenSource}, ...(label ? {label} : {})};
}

const MONTHS: Record<string, string> = {jan: "01", feb: "02", mar: "03", apr: "04", may: "05", jun: "06", jul: "07", aug: "08", sep: "09", oct: "10", nov: "11", dec: "12"};

/**
 * A date as YYYY-MM-DD, taken as written (no time-zone shift): ISO 8601
 * (`2025-02-12T23:30:00+01:00`), German `12.02.2025`, or RFC 822
 * (`Wed, 12 Feb 2025 23:30:00 +0100`). Anything else gives "".
 */
export function isoDate(value: string): string {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\b/.exec(value);
  if (m) return `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}`;
  m = /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})\b/.exec(value.trim());
  if (m && MONTHS[m[2].toLowerCase()]) return `${m[3]}-${MONTHS[m[2].toLowerCase()]}-${m[1].padStart(2, "0")}`;
  return "";
}
