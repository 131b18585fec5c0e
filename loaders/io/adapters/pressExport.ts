/**
 * Press-database exports (Nexis/LexisNexis, Factiva, GBI-Genios): one text file holding several
 * articles, each opened by a document marker ("Dokument 1 von 3") and/or closed by an end marker
 * ("Ende des Dokuments", "End of Document"), with header lines (outlet, date, title, "Länge: 512 Wörter",
 * "Rubrik: …", byline) before the body. Split into articles `file#1`, `file#2`, … with the header read
 * as their given outlet, date and title and kept out of the text. The layout words are data in
 * lang/de/pressExport.ts. A text file without such markers is not an export (pressExportItems gives undefined).
 */
import {readDate} from "../../ingest/published.js";
import {formatDay, isValidDay} from "../../dates/timex.js";
import {BODY_START, BYLINE, COPYRIGHT_LINE, DOCUMENT_END, DOCUMENT_END_MARKERS, DOCUMENT_START, ENGLISH_MONTHS, FACTIVA_END, FACTIVA_END_WORD, HEADER_LABELS, LANGUAGE_LINE, MAX_HEADER_LINES, SENTENCE_LABELS, TRAILER_START, WEEKDAYS, WORD_COUNT} from "../../lang/de/pressExport.js";
import type {Provenance, SourceMeta} from "../../types.js";
import type {AdapterItem} from "./mapping.js";

/** A "Label: value" line. */
const LABEL_LINE = /^([\p{L}][\p{L}-]*)\s*:\s*(.*)$/u;
/** A plain header line longer than this is body, not a header. */
const MAX_HEADER_CHARS = 200;
/** A line ending in a full stop with at least this many words is a sentence of the body (a headline rarely ends in one). */
const PROSE_MIN_WORDS = 3;
/** A line ending in "!" or "?" with at least this many words is a sentence of the body (a headline may be a short question). */
const PROSE_MIN_WORDS_QUESTION = 12;

/** The end markers as bytes, as written and in lower and upper case, for the byte test. */
const END_MARKER_BYTES: readonly Buffer[] = [...new Set(DOCUMENT_END_MARKERS.flatMap((m) => [m, m.toLowerCase(), m.toUpperCase()]))].map((m) => Buffer.from(m, "latin1"));

/**
 * Whether a header line (not a label, date or byline) is a sentence of the body: longer than MAX_HEADER_CHARS, or ending
 * in "." (PROSE_MIN_WORDS words or more) or in "!"/"?" (PROSE_MIN_WORDS_QUESTION or more), a closing quote after it allowed.
 * The header ends before the first such line, so a body line "Update: …" is never taken for a header label.
 */
export function isProseLine(line: string): boolean {
  if (line.length > MAX_HEADER_CHARS) return true;
  const end = /([.!?])["'“”„«»‹›]*$/u.exec(line);
  if (!end) return false;
  const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  return words >= (end[1] === "." ? PROSE_MIN_WORDS : PROSE_MIN_WORDS_QUESTION);
}

/**
 * Whether "Label: value" is a metadata line: a label of HEADER_LABELS whose value is no sentence (isProseLine), unless
 * the label's value is a sentence by nature (SENTENCE_LABELS: "Highlight: …"). "Person: Sie war zuvor Sprecherin." is body.
 */
function isHeaderLabel(name: string, value: string): boolean {
  const key = name.toLowerCase();
  return !!HEADER_LABELS[key] && (SENTENCE_LABELS.includes(key) || !isProseLine(value));
}

/** Bytes of a file's start searched for a document marker. */
const HEAD_BYTES = 4096;

/**
 * Whether a text file's bytes may be a press-database export: a document marker ("Dokument 1 von",
 * "Document 1 of", "1 of 3 DOCUMENTS") on one of its first lines, or an end marker anywhere. A cheap
 * byte test, so that other text files are not decoded here; pressExportItems decides.
 */
export function mayBePressExport(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const head = buffer.subarray(0, HEAD_BYTES).toString("latin1");
  const first = head.split(/\r?\n/).map((l) => l.trim()).find((l) => l);
  if (first && DOCUMENT_START.some((re) => re.test(first))) return true;
  if (END_MARKER_BYTES.some((marker) => buffer.indexOf(marker) >= 0)) return true;
  // a Factiva id line: the text is only scanned when "Document " starts a line somewhere
  return buffer.indexOf(`\n${FACTIVA_END_WORD} `) >= 0 && buffer.toString("latin1").split(/\r?\n/).some((line) => FACTIVA_END.test(line.trim()));
}

interface Document {
  lines: string[];
  /** The number and total its start marker gives. */
  marker?: {n: number; total: number};
  ended: boolean;
}

/**
 * The articles of a press-database export, or undefined when `text` is not one: the first non-empty
 * line must be a document marker, or the text must hold an end marker. Each document becomes an item
 * `file#n` with the outlet, date and title its header gives; a document with no body is a problem; a
 * document without an end marker in an export that has them, or a count of documents other than the
 * marker's total, is read with a warning naming `file#n`.
 */
export function pressExportItems(text: string, file: string): AdapterItem[] | undefined {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const trimmed = lines.map((l) => l.trim());
  const first = trimmed.find((l) => l);
  const startsWithMarker = !!first && DOCUMENT_START.some((re) => re.test(first));
  const isEnd = (l: string) => DOCUMENT_END.test(l) || FACTIVA_END.test(l);
  const ends = trimmed.filter(isEnd).length;
  if (!startsWithMarker && (!ends || (ends < 2 && !hasExportHeader(trimmed.slice(0, trimmed.findIndex(isEnd)))))) return undefined;
  const documents: Document[] = [];
  let current: Document | undefined;
  lines.forEach((line, i) => {
    const t = trimmed[i];
    const start = DOCUMENT_START.map((re) => re.exec(t)).find((m) => m);
    if (start) {
      if (current && current.lines.some((l) => l.trim())) documents.push(current);
      current = {lines: [], marker: {n: +start[1], total: +start[2]}, ended: false};
    } else if (isEnd(t)) {
      if (current) documents.push({...current, ended: true});
      else documents.push({lines: [], ended: true});
      current = undefined;
    } else {
      current ??= {lines: [], ended: false};
      current.lines.push(line);
    }
  });
  if (current && current.lines.some((l) => l.trim())) documents.push(current);
  const usesEnds = ends > 0;
  const items: AdapterItem[] = [];
  const total = documents.find((d) => d.marker)?.marker?.total;
  for (const doc of documents) {
    if (!doc.lines.some((l) => l.trim()) && !doc.marker) continue;
    const at = `${file}#${items.length + 1}`;
    const item = documentItem(doc, at, startsWithMarker);
    if ("raw" in item && usesEnds && !doc.ended) {
      item.warnings = [...(item.warnings ?? []), `no end marker (${DOCUMENT_END_MARKERS.map((m) => `"${m}"`).join("/")}) after this document: read up to the next document marker or the end of the file`];
    }
    items.push(item);
  }
  if (total && total !== items.length && items.length) {
    const last = items[items.length - 1];
    const note = `the export's markers announce ${total} documents, ${items.length} were found`;
    if ("raw" in last) last.warnings = [...(last.warnings ?? []), note];
  }
  return items;
}

/**
 * Whether the lines before a single end marker (no start marker) look like an export's header: a date line and,
 * among the first MAX_HEADER_LINES non-empty lines, a length or copyright line ("Länge: 512 Wörter", "Copyright 2027 …").
 * A letter or note that only holds the words "End of Document" is not split.
 */
function hasExportHeader(lines: readonly string[]): boolean {
  const head = lines.filter((l) => l).slice(0, MAX_HEADER_LINES);
  const isLength = (l: string) => {
    const label = LABEL_LINE.exec(l);
    return (label && HEADER_LABELS[label[1].toLowerCase()] === "length") || WORD_COUNT.test(l) || COPYRIGHT_LINE.test(l);
  };
  return head.some((l) => !!dateLineDay(l)) && head.some(isLength);
}

/** One document as an article: header lines read and left out of the text. */
function documentItem(doc: Document, at: string, markerLayout: boolean): AdapterItem {
  const lines = doc.lines;
  const plain: {index: number; line: string; afterDate: boolean}[] = [];
  let headerEnd = -1;
  let published = "";
  let dateLine = "";
  let seen = 0;
  for (let i = 0; i < lines.length && seen < MAX_HEADER_LINES; i++) {
    const t = lines[i].trim();
    if (!t) continue;
    seen++;
    if (BODY_START.test(t)) {
      headerEnd = i;
      break;
    }
    const label = LABEL_LINE.exec(t);
    if ((label && isHeaderLabel(label[1], label[2])) || COPYRIGHT_LINE.test(t) || WORD_COUNT.test(t) || (headerEnd >= 0 || plain.length ? BYLINE.test(t) || LANGUAGE_LINE.test(t) : false)) {
      headerEnd = i;
      continue;
    }
    const day = !published ? dateLineDay(t) : "";
    if (day) {
      [published, dateLine, headerEnd] = [day, t, i];
      continue;
    }
    // the first sentence of the body ends the header: a later "Label: …" line is body
    if (isProseLine(t)) break;
    plain.push({index: i, line: t, afterDate: !!published});
  }
  const header = plain.filter((p) => p.index < headerEnd);
  const given: SourceMeta = {};
  const givenSource: Partial<Record<keyof SourceMeta, Provenance>> = {};
  const set = (key: keyof SourceMeta, value: string, line: string) => {
    if (!value || given[key]) return;
    given[key] = value;
    givenSource[key] = `given by the export's header line "${line}"`;
  };
  if (markerLayout) {
    // Nexis with document markers: outlet, date, title
    const before = header.filter((p) => !p.afterDate);
    const after = header.filter((p) => p.afterDate);
    if (before.length) set("outlet", before[before.length - 1].line, before[before.length - 1].line);
    if (after.length) set("title", after[0].line, after[0].line);
    else if (before.length > 1) set("title", before[0].line, before[0].line);
  } else {
    // Nexis Uni, Factiva: title first, the outlet next to the date
    if (header.length) set("title", header[0].line, header[0].line);
    if (header.length > 1) set("outlet", header[1].line, header[1].line);
  }
  if (published) set("published", published, dateLine);
  const body = bodyLines(lines.slice(headerEnd + 1)).join("\n").trim();
  if (!body) return {file: at, problem: "a document of the press-database export with no body text"};
  return {file: at, raw: {file: at, text: body, given, givenSource}};
}

/** The body's lines without the metadata lines closing it (load date, copyright, classification block). */
function bodyLines(lines: string[]): string[] {
  const trailer = lines.findIndex((l) => TRAILER_START.test(l.trim()));
  const out = trailer >= 0 ? lines.slice(0, trailer) : [...lines];
  for (;;) {
    const last = out.length ? out[out.length - 1].trim() : undefined;
    if (last === undefined) break;
    const label = LABEL_LINE.exec(last);
    if (!last || (label && isHeaderLabel(label[1], label[2])) || COPYRIGHT_LINE.test(last)) out.pop();
    else break;
  }
  return out;
}

/** The day of a date line ("5. März 2027 Freitag", "05.03.2027", "March 5, 2027 Friday"), or "". */
export function dateLineDay(line: string): string {
  const words = line.replace(/,/g, " ").split(/\s+/).filter((w) => w && !WEEKDAYS.includes(w.toLowerCase()));
  const rest = words.join(" ");
  if (/^\d{1,2}\.\s?\p{L}+\s\d{4}$|^\d{1,2}\.\d{1,2}\.\d{2,4}$|^\d{4}-\d{2}-\d{2}$|^\d{1,2}\s\p{L}+\s\d{4}$/u.test(rest)) return readDate(rest.replace(/^(\d{1,2})\.(\p{L})/u, "$1. $2"));
  const m = /^(\p{L}+)\s(\d{1,2})\s(\d{4})$/u.exec(rest);
  const month = m && ENGLISH_MONTHS[m[1].toLowerCase()];
  if (m && month && isValidDay(+m[3], month, +m[2])) return formatDay({y: +m[3], m: month, d: +m[2]});
  return "";
}
