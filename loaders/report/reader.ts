import type {Part, Tables} from "../types.js";
import {parseSpans} from "./spans.js";

/** Kinds of highlight in the reader, in the order they nest (outermost first). */
export const HIGHLIGHT_KINDS = ["quote", "speaker", "cue", "person", "date", "event", "topic"] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];

/** One highlighted span: what it is, a label to show, and the rule that produced it. */
export interface Highlight {
  kind: HighlightKind;
  start: number;
  end: number;
  label: string;
  rule: string;
}

/** Everything the reader shows for one article. */
export interface ReaderDoc {
  article_id: string;
  text: string;
  parts: Pick<Part, "label" | "start" | "end" | "rule">[];
  highlights: Highlight[];
}

/** Number of reader shards: the reader page loads only the shard of the selected article. */
export const READER_SHARDS = 16;

/** Collects the highlights of one article from every table that has spans. */
export function highlightsOf(t: Tables, articleId: string): Highlight[] {
  const out: Highlight[] = [];
  for (const q of t.quotes) {
    if (q.article_id !== articleId) continue;
    out.push({kind: "quote", start: q.start, end: q.end, label: `${q.type} quote${q.speaker ? ` by ${q.speaker}` : ""}`, rule: q.rule});
    if (q.speaker_start != null && q.speaker_end != null) out.push({kind: "speaker", start: q.speaker_start, end: q.speaker_end, label: `speaker ${q.speaker}`, rule: q.rule});
    if (q.cue_start != null && q.cue_end != null) out.push({kind: "cue", start: q.cue_start, end: q.cue_end, label: `cue "${q.cue}"`, rule: q.rule});
  }
  for (const m of t.mentions) if (m.article_id === articleId) out.push({kind: "person", start: m.start, end: m.end, label: `person ${m.person_id}${m.role ? `, ${m.role}` : ""}`, rule: m.rule});
  for (const d of t.dates) if (d.article_id === articleId) out.push({kind: "date", start: d.start, end: d.end, label: `${d.type} ${d.value || "unresolved"}${d.note ? ` (${d.note})` : ""}`, rule: d.rule});
  for (const e of t.event_mentions) if (e.article_id === articleId) out.push({kind: "event", start: e.cue_start, end: e.cue_end, label: `event cue: ${e.type}${e.date ? ` on ${e.date}` : ""}${e.event_id ? ` (${e.event_id})` : ""}`, rule: e.rule});
  for (const tp of t.topics) {
    if (tp.article_id !== articleId) continue;
    for (const s of parseSpans(tp.evidence)) out.push({kind: "topic", ...s, label: `topic ${tp.label || tp.topic_id}`, rule: tp.rule});
  }
  const rank = (k: HighlightKind) => HIGHLIGHT_KINDS.indexOf(k);
  return out.sort((a, b) => a.start - b.start || b.end - a.end || rank(a.kind) - rank(b.kind));
}

/**
 * Splits the articles into READER_SHARDS groups of reader documents, by their
 * position in articles.csv; returns the shards and each article's shard number.
 */
export function readerShards(t: Tables, texts: ReadonlyMap<string, string>): {shards: ReaderDoc[][]; shardOf: Map<string, number>} {
  const byArticle = <R extends {article_id: string}>(rows: readonly R[]) => {
    const m = new Map<string, R[]>();
    for (const r of rows) m.get(r.article_id)?.push(r) ?? m.set(r.article_id, [r]);
    return m;
  };
  const [quotes, mentions, dates, topics, parts, events] = [byArticle(t.quotes), byArticle(t.mentions), byArticle(t.dates), byArticle(t.topics), byArticle(t.parts), byArticle(t.event_mentions)];
  const shards: ReaderDoc[][] = Array.from({length: READER_SHARDS}, () => []);
  const shardOf = new Map<string, number>();
  t.articles.forEach((a, i) => {
    const text = texts.get(a.article_id);
    if (text === undefined) throw new Error(`no text kept for article_id: ${a.article_id}`);
    const id = a.article_id;
    const own = {...t, quotes: quotes.get(id) ?? [], mentions: mentions.get(id) ?? [], dates: dates.get(id) ?? [], topics: topics.get(id) ?? [], event_mentions: events.get(id) ?? []};
    shardOf.set(id, i % READER_SHARDS);
    shards[i % READER_SHARDS].push({article_id: id, text, parts: (parts.get(id) ?? []).map(({label, start, end, rule}) => ({label, start, end, rule})), highlights: highlightsOf(own, id)});
  });
  return {shards, shardOf};
}
