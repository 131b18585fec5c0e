import type {ArticleTables, DateRow, EventMentionRow, QuoteRow, Tables} from "../types.js";
import {type Cluster, clusterDate} from "./cluster.js";

/**
 * Re-resolves the expression at `offset` of `sentence` against `anchor`
 * (YYYY-MM-DD), returning its TIMEX3 value or "" (supplied by the dates module).
 */
export type Reresolve = (sentence: string, offset: number, anchor: string) => string;

interface Anchor {
  date: string;
  type: string;
  outlets: string;
}

/**
 * For each article without a publication date: the day-dated event it reports
 * most, if any (the earliest such cluster on a tie). One pass over the clusters'
 * members, not one per article.
 */
function anchors(tables: Tables, clusters: Cluster[]): Map<string, Anchor> {
  const undated = new Set(tables.articles.filter((a) => !a.published).map((a) => a.article_id));
  const source = new Map(tables.articles.map((a) => [a.article_id, a.source]));
  const best = new Map<string, {cluster: Cluster; date: string; count: number}>();
  for (const c of clusters) {
    const {date, granularity} = clusterDate(c);
    if (granularity !== "day") continue;
    const counts = new Map<string, number>();
    for (const m of c.members) if (undated.has(m.article_id)) counts.set(m.article_id, (counts.get(m.article_id) ?? 0) + 1);
    for (const [article, count] of counts) {
      const seen = best.get(article);
      if (!seen || count > seen.count) best.set(article, {cluster: c, date, count});
    }
  }
  const outlets = new Map<Cluster, string>();
  const datedBy = (c: Cluster, date: string) => [...new Set(c.members.filter((m) => m.date.startsWith(date)).map((m) => source.get(m.article_id) ?? ""))].sort().join(", ");
  const result = new Map<string, Anchor>();
  for (const article of undated) {
    const found = best.get(article);
    if (!found) continue;
    if (!outlets.has(found.cluster)) outlets.set(found.cluster, datedBy(found.cluster, found.date));
    result.set(article, {date: found.date, type: found.cluster.type, outlets: outlets.get(found.cluster)!});
  }
  return result;
}

/** An event mention whose date anchorQuotedDates may set: none yet, but a date expression found. */
function unresolved(m: EventMentionRow): m is EventMentionRow & {date_start: number; date_end: number} {
  return !m.date && m.date_start !== null && m.date_end !== null;
}

/**
 * Whether anchorQuotedDates may change one article's rows: it has no
 * publication date and an event mention with an unresolved date inside one of
 * its direct quotes. When no article may, anchoring changes nothing and the
 * date finder need not be loaded (the corpus steps before events leave these
 * columns as extracted).
 */
export function mayAnchor(article: Pick<ArticleTables, "articles" | "event_mentions" | "quotes">): boolean {
  if (article.articles.some((a) => a.published)) return false;
  return article.event_mentions.some((m) => unresolved(m) && article.quotes.some((q) => q.type === "direct" && q.start <= m.date_start && q.end >= m.date_end));
}

/**
 * Anchors unresolved dates inside direct quotes of articles that have no
 * publication date. A quote is anchored to when it was said; when the article
 * does not say when, the utterance is dated by the event the article reports
 * most (a day-dated event, dated by the outlets that give the date), and the
 * note says so. Relative dates outside quotes stay unresolved.
 */
export function anchorQuotedDates(tables: Tables, clusters: Cluster[], reresolve: Reresolve): {event_mentions: EventMentionRow[]; dates: DateRow[]} {
  const found = anchors(tables, clusters);
  if (!found.size) return {event_mentions: tables.event_mentions, dates: tables.dates};
  const quotes = new Map<string, QuoteRow[]>();
  for (const q of tables.quotes) {
    if (q.type !== "direct" || !found.has(q.article_id)) continue;
    const list = quotes.get(q.article_id);
    if (list) list.push(q);
    else quotes.set(q.article_id, [q]);
  }
  const updated = new Map<string, {value: string; note: string}>();
  const event_mentions = tables.event_mentions.map((m) => {
    const anchor = found.get(m.article_id);
    if (!anchor || !unresolved(m)) return m;
    if (!quotes.get(m.article_id)?.some((q) => q.start <= m.date_start && q.end >= m.date_end)) return m;
    const value = reresolve(m.sentence, m.date_start - m.start, anchor.date);
    if (!value) return m;
    updated.set(`${m.article_id}:${m.date_start}`, {value, note: `anchored to ${anchor.date}: said around the ${anchor.type} this article reports, dated by ${anchor.outlets}`});
    return {...m, date: value};
  });
  const dates = tables.dates.map((d) => {
    const u = updated.get(`${d.article_id}:${d.start}`);
    return u && !d.value ? {...d, ...u} : d;
  });
  return {event_mentions, dates};
}
