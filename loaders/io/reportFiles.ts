import {timeline} from "../report/chronology.js";
import {topicCoverage} from "../report/coverage.js";
import {partsBySource, quotesBySource, quotesBySpeaker, topPerSource} from "../report/outlets.js";
import {peopleBySource} from "../report/people.js";
import {readerShards} from "../report/reader.js";
import {ruleCounts} from "../report/rules.js";
import {sourceGroups} from "../report/sources.js";
import {speakerCounts} from "../report/speakers.js";
import {splitList} from "../report/spans.js";
import {basename} from "node:path";
import type {IngestRow, Tables} from "../types.js";
import {COLUMNS} from "./columns.js";
import {toParquet} from "./parquet.js";
import {useDictionaries} from "./dictionaries.js";
import type {ReportCorpus} from "./reportCorpus.js";
import {isMappingRow} from "./folderMapping.js";
import {isGermanLanguage} from "../ingest/language.js";
import {SOURCES_FILE} from "./sources.js";
import {toCsv} from "./write.js";

/**
 * Tables that must have rows for the report to be built: an empty one means the
 * pipeline broke. Tables not listed may legitimately be empty (no events or
 * conflicts, no statement carried twice, key terms of a one-source corpus);
 * their pages then say so.
 */
export const MUST_HAVE_ROWS: readonly (keyof Tables)[] = ["articles", "ingest", "parts"];

/**
 * Tables a corpus may lack without being bad (a story with no quotes, no topic of
 * data/topics.yaml, no date): the report is still built, their sections stay empty, and
 * the build log says so with what to edit.
 */
export const MAY_BE_EMPTY: Partial<Record<keyof Tables, string>> = {
  topics: "no sentence touches a topic of data/topics.yaml: add topics for this story there",
  quotes: "no quote found",
  mentions: "no person named (add people to data/people.yaml)",
  dates: "no date found",
  events: "no dated event (event cues are in loaders/lang/de/events.ts)"
};

/** Each rejected input as "file: reason", in ingest order (the build warnings and the build error name them alike). */
function rejectedInputs(t: Tables): string[] {
  return t.ingest.filter((row) => row.status === "rejected").map((row) => `${row.file}: ${row.reason}`);
}

/**
 * Warnings for the build log: each rejected input with its reason, each input read with
 * warnings (a sources.yaml entry or key not used, mixed encoding, a date not read), then the tables of MAY_BE_EMPTY that have no rows.
 */
export function buildWarnings(t: Tables, inputs: string): string[] {
  return [
    ...rejectedInputs(t).map((rejected) => `warning: rejected ${rejected} (see the corpus page)`),
    ...t.ingest.filter((row) => row.status === "ok" && row.reason && !isMappingRow(row)).map((row) => `warning: ${row.file}: ${row.reason} (see the corpus page)`),
    ...(Object.keys(MAY_BE_EMPTY) as (keyof Tables)[]).filter((name) => !t[name].length).map((name) => `warning: ${name}: no rows extracted from ${inputs}: ${MAY_BE_EMPTY[name]}`)
  ];
}

/** The folders a report build reads besides its inputs: the data folder and the mapping file, if any. */
export interface ReportSettings {
  data: string;
  mapping?: string;
}

/**
 * The build log's line on what the report read, so a user can check that PRESSESPIEGEL_INPUT, _DATA and _MAPPING
 * took effect: "report: 10 inputs: 10 read, 0 duplicate, 0 rejected from ~/story/artikel (data: ~/story/data,
 * mapping: ~/story/mapping.yaml)". Inputs are the ingest rows of files and adapter rows, not of a sources.yaml nor of the mapping file.
 */
export function inputsSummary(t: Pick<Tables, "ingest">, inputs: string, settings: ReportSettings): string {
  const rows = t.ingest.filter((row) => basename(row.file) !== SOURCES_FILE && !isMappingRow(row));
  const count = (status: IngestRow["status"]) => rows.filter((row) => row.status === status).length;
  const warned = rows.filter((row) => row.status === "ok" && row.reason).length;
  return `report: ${rows.length} inputs: ${count("ok")} read${warned ? ` (${warned} with warnings)` : ""}, ${count("duplicate")} duplicate, ${count("rejected")} rejected from ${inputs} (data: ${settings.data}, mapping: ${settings.mapping ?? "none"})`;
}

/** Why no article was read, for the build error: every rejected input with its reason (the build stops before the corpus page could show them). */
function rejectedNote(t: Tables): string {
  const rejected = rejectedInputs(t);
  if (!rejected.length) return t.ingest.length ? "" : " (no input files found)";
  return `; rejected: ${rejected.join("; ")}`;
}

/** Tables that grow with the corpus, also written as Parquet for download. */
export const PARQUET_TABLES = ["quotes", "mentions", "dates", "topics", "event_mentions"] as const;

/** Key terms kept per source for the outlet profiles (keyterms.csv has them all). */
const KEYTERMS_SHOWN = 15;

/**
 * Every file of the report's data archive (src/data/report.tar.ts): each table
 * as CSV (for download), plus what the pages load: pre-aggregated views and the
 * reader's article shards, smallest first (see smallestFirst). Throws when a
 * table in MUST_HAVE_ROWS is empty, naming every rejected input and why; with `settings`, prints the inputsSummary line on stderr;
 * warns on stderr for each rejected input and each empty table of MAY_BE_EMPTY.
 */
export function reportFiles({tables: t, docs}: ReportCorpus, inputs: string, settings?: ReportSettings): Record<string, string | Uint8Array> {
  for (const name of MUST_HAVE_ROWS) if (!t[name].length) throw new Error(`${name}: no rows extracted from ${inputs}${rejectedNote(t)}`);
  // Framework prints "load /data/report.tar → " without a line end before the loader runs: the lines start on a line of their own
  const warnings = [...(settings ? [inputsSummary(t, inputs, settings)] : []), ...buildWarnings(t, inputs)];
  if (warnings.length) process.stderr.write(`\n${warnings.join("\n")}\n`);
  const files: Record<string, string | Uint8Array> = {};
  for (const name of Object.keys(COLUMNS) as (keyof Tables)[]) files[`${name}.csv`] = toCsv(t[name], COLUMNS[name]);
  for (const name of PARQUET_TABLES) files[`${name}.parquet`] = toParquet(t[name], COLUMNS[name]);
  const sourceOf = new Map(t.articles.map((a) => [a.article_id, a.source]));
  const texts = new Map([...docs].map(([id, d]) => [id, d.text]));
  const {shards, shardOf} = readerShards(t, texts);
  // charts show the MAX_SOURCES largest sources one by one and pool the rest
  const {groups, groupOf} = sourceGroups(t.articles);
  const shown = new Set(groups.map((g) => g.source));
  const regroup = (cell: string) => [...new Set(splitList(cell).map(groupOf))].join(" | ");
  const g: Tables = {...t, articles: t.articles.map((a) => ({...a, source: groupOf(a.source)})),
    events: t.events.map((e) => ({...e, outlets: regroup(e.outlets)})), conflicts: t.conflicts.map((c) => ({...c, outlets: regroup(c.outlets)}))};
  files["sources.csv"] = toCsv(groups, ["source", "members", "articles", "sentences", "body_chars"]);
  files["coverage.csv"] = toCsv(topicCoverage(g.articles, t.topics), ["source", "topic_id", "label", "articles", "sentences", "topic_sentences", "share"]);
  files["timeline.json"] = JSON.stringify(timeline(g, docs));
  files["people-sources.csv"] = toCsv(peopleBySource(g), ["person_id", "name", "source", "mentions", "roles", "spellings", "affiliation", "negotiator", "mediator"]);
  files["quotes-by-source.csv"] = toCsv(quotesBySource(g), ["source", "category", "rows", "chars"]);
  // organisation labels are put in the nominative with the noun dictionary; a cached run has not loaded it yet
  useDictionaries();
  files["speakers.csv"] = toCsv(speakerCounts(t.quotes, t.people), ["kind", "speaker", "speaker_id", "quotes", "rule"]);
  files["quotes-by-speaker.csv"] = toCsv(quotesBySpeaker(g), ["source", "speaker", "type", "quotes"]);
  files["parts-by-source.csv"] = toCsv(partsBySource(g), ["source", "category", "rows", "chars"]);
  files["keyterms-top.csv"] = toCsv(topPerSource(t.keyterms.filter((k) => shown.has(k.source)), "score", KEYTERMS_SHOWN), COLUMNS.keyterms);
  files["framing-top.csv"] = toCsv(t.framing.filter((f) => shown.has(f.source)), COLUMNS.framing);
  files["quote-list.csv"] = toCsv(t.quotes.map((q) => ({...q, source: sourceOf.get(q.article_id) ?? ""})), ["quote_id", "article_id", "source", "start", "type", "speaker_id", "speaker", "cue", "text", "rule"]);
  files["reader-index.csv"] = toCsv(t.articles.map((a) => ({...a, shard: shardOf.get(a.article_id)})), ["article_id", "source", "title", "published", "shard"]);
  files["rules.csv"] = toCsv(ruleCounts(t), ["table", "rule", "rows"]);
  files["corpus-status.json"] = JSON.stringify(corpusStatus(t));
  shards.forEach((docs, i) => (files[`reader-${i}.json`] = JSON.stringify(docs)));
  return smallestFirst(files);
}

/**
 * The files ordered by size, smallest first. Framework extracts each member a
 * page uses by reading the archive from its start up to that member, so the
 * build reads the sum of the members' offsets: the dozens of small files the
 * pages load come first, the large tables and reader shards last (for 10k
 * articles this cuts the bytes read from 3.6 GB to 1.5 GB).
 */
export function smallestFirst(files: Record<string, string | Uint8Array>): Record<string, string | Uint8Array> {
  const size = (content: string | Uint8Array) => (typeof content === "string" ? Buffer.byteLength(content) : content.byteLength);
  return Object.fromEntries(Object.entries(files).sort((a, b) => size(a[1]) - size(b[1])));
}

/**
 * What the corpus page needs to tell apart without the loaders' own rules: the articles the German extractors skipped
 * (isGermanLanguage) and the ingest rows that are no input (the run's mapping file, isMappingRow; its reason is no warning).
 */
export function corpusStatus(t: Pick<Tables, "articles" | "ingest">): {not_analysed: string[]; no_input: string[]} {
  return {
    not_analysed: t.articles.filter((a) => !isGermanLanguage(a.language ?? "")).map((a) => a.article_id),
    no_input: t.ingest.filter((row) => isMappingRow(row)).map((row) => row.file)
  };
}
