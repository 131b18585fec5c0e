import type {Tables} from "../types.js";
import {enclosingSentences, overlaps, parseArticleSpans, parseSpans, splitList, type Span} from "./spans.js";
import {timeSpan, type Granularity} from "./timeSpan.js";

/** Text and sentence spans of one article, for evidence sentences. */
export interface ArticleDoc {
  text: string;
  sentences: readonly Span[];
}

/** One evidence sentence of a timeline entry. */
export interface Evidence {
  article_id: string;
  source: string;
  start: number;
  end: number;
  text: string;
}

/** One mark on the timeline: an event (events.csv) or, until events exist, a dated expression (dates.csv). */
export interface TimelineEntry {
  id: string;
  kind: "event" | "date";
  /** The date as extracted (2013, 2022-02, 2025-02-12). */
  date: string;
  granularity: Granularity;
  /** Calendar span [start, end) in ISO days. */
  start: string;
  end: string;
  label: string;
  type: string;
  /** An event's people by canonical name, in the order of its summary (none for a date): the chronology's dot labels read them, not the summary. */
  people?: string[];
  outlets: string[];
  article_ids: string[];
  /** Topic ids whose evidence overlaps the entry's evidence sentences. */
  topics: string[];
  conflicts: {fact: string; value: string; outlets: string}[];
  evidence: Evidence[];
  /** Evidence sentences found, including those not listed in `evidence`. */
  evidence_total: number;
}

/** Evidence sentences kept per entry (the rest stay counted, and readable in the reader). */
export const MAX_EVIDENCE = 6;

interface Draft {
  entry: Omit<TimelineEntry, "topics" | "evidence" | "evidence_total">;
  spans: (Span & {article_id: string})[];
}

function fromEvents(t: Tables): Draft[] {
  const nameOf = new Map(t.people.map((p) => [p.person_id, p.name]));
  return t.events.flatMap((e) => {
    const span = timeSpan(e.date);
    if (!span) return [];
    const conflicts = t.conflicts.filter((c) => c.event_id === e.event_id).map(({fact, value, outlets}) => ({fact, value, outlets}));
    const entry = {id: e.event_id, kind: "event" as const, date: e.date, ...span, label: e.summary, type: e.type,
      people: splitList(e.actors).map((a) => nameOf.get(a) ?? a), outlets: splitList(e.outlets), article_ids: splitList(e.article_ids, /[\s|,;]+/), conflicts};
    return [{entry, spans: parseArticleSpans(e.evidence)}];
  });
}

function fromDates(t: Tables, sourceOf: Map<string, string>): Draft[] {
  const byValue = new Map<string, Draft>();
  for (const d of t.dates) {
    const span = timeSpan(d.value);
    if (!span) continue;
    let draft = byValue.get(d.value);
    if (!draft) byValue.set(d.value, (draft = {entry: {id: `date:${d.value}`, kind: "date", date: d.value, ...span, label: d.surface, type: d.type, outlets: [], article_ids: [], conflicts: []}, spans: []}));
    const source = sourceOf.get(d.article_id) ?? d.article_id;
    if (!draft.entry.outlets.includes(source)) draft.entry.outlets.push(source);
    if (!draft.entry.article_ids.includes(d.article_id)) draft.entry.article_ids.push(d.article_id);
    draft.spans.push({article_id: d.article_id, start: d.start, end: d.end});
  }
  return [...byValue.values()];
}

/**
 * The chronology: events when events.csv has rows, else every calendar date
 * found in dates.csv (grouped by value). Each entry carries its evidence
 * sentences, the outlets reporting it, the topics of those sentences and the
 * conflicting facts between outlets.
 */
export function timeline(t: Tables, docs: ReadonlyMap<string, ArticleDoc>): TimelineEntry[] {
  const sourceOf = new Map(t.articles.map((a) => [a.article_id, a.source]));
  const topicSpans = new Map<string, {topic_id: string; spans: Span[]}[]>();
  for (const r of t.topics) topicSpans.get(r.article_id)?.push({topic_id: r.topic_id, spans: parseSpans(r.evidence)}) ?? topicSpans.set(r.article_id, [{topic_id: r.topic_id, spans: parseSpans(r.evidence)}]);
  const drafts = t.events.length ? fromEvents(t) : fromDates(t, sourceOf);
  return drafts.map(({entry, spans}) => {
    const seen = new Set<string>();
    const evidence: Evidence[] = [];
    for (const s of spans) {
      const doc = docs.get(s.article_id);
      if (!doc) throw new Error(`evidence names unknown article_id: ${s.article_id} (entry ${entry.id})`);
      for (const sentence of enclosingSentences(s, doc.sentences)) {
        const key = `${s.article_id}:${sentence.start}`;
        if (seen.has(key)) continue;
        seen.add(key);
        evidence.push({article_id: s.article_id, source: sourceOf.get(s.article_id) ?? s.article_id, start: sentence.start, end: sentence.end, text: doc.text.slice(sentence.start, sentence.end)});
      }
    }
    const topics = new Set<string>();
    for (const e of evidence) for (const ts of topicSpans.get(e.article_id) ?? []) if (ts.spans.some((sp) => overlaps(sp, e))) topics.add(ts.topic_id);
    return {...entry, topics: [...topics], evidence: evidence.slice(0, MAX_EVIDENCE), evidence_total: evidence.length};
  }).sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.id.localeCompare(b.id));
}
