import type {DateRow, Tables} from "../types.js";
import {type Cluster, clusterDate} from "./cluster.js";

/**
 * Re-resolves the expression at `offset` of `sentence` against `anchor`
 * (YYYY-MM-DD), returning its TIMEX3 value or "" (supplied by the dates module).
 */
export type Reresolve = (sentence: string, offset: number, anchor: string) => string;

/**
 * Anchors relative dates inside direct quotes of articles that have no
 * publication date. A quote is anchored to when it was said; when the article
 * does not say when, the utterance is dated by the event the article reports
 * most (a day-dated event, dated by the outlets that give the date), and the
 * note says so. Relative dates outside quotes stay unresolved.
 * Returns the dates table with the re-resolved values.
 */
export function anchorQuotedDates(tables: Tables, clusters: Cluster[], reresolve: Reresolve): DateRow[] {
  const undated = new Set(tables.articles.filter((a) => !a.published).map((a) => a.article_id));
  if (!undated.size) return tables.dates;
  const source = new Map(tables.articles.map((a) => [a.article_id, a.source]));
  const anchors = new Map<string, {date: string; type: string; outlets: string}>();
  for (const article of undated) {
    let best: {date: string; type: string; count: number; outlets: string} | undefined;
    for (const c of clusters) {
      const {date, granularity} = clusterDate(c);
      if (granularity !== "day") continue;
      const count = c.members.filter((m) => m.article_id === article).length;
      const datedBy = [...new Set(c.members.filter((m) => m.date === date).map((m) => source.get(m.article_id) ?? ""))].sort().join(", ");
      if (count && (!best || count > best.count)) best = {date, type: c.type, count, outlets: datedBy};
    }
    if (best) anchors.set(article, best);
  }
  const quotes = tables.quotes.filter((q) => q.type === "direct" && anchors.has(q.article_id));
  const sentences = tables.event_mentions.filter((m) => anchors.has(m.article_id));
  return tables.dates.map((d) => {
    const anchor = anchors.get(d.article_id);
    if (!anchor || d.value) return d;
    if (!quotes.some((q) => q.article_id === d.article_id && q.start <= d.start && q.end >= d.end)) return d;
    const sentence = sentences.find((m) => m.article_id === d.article_id && m.start <= d.start && m.end >= d.end);
    if (!sentence) return d;
    const value = reresolve(sentence.sentence, d.start - sentence.start, anchor.date);
    if (!value) return d;
    return {...d, value, note: `anchored to ${anchor.date}: said around the ${anchor.type} this article reports, dated by ${anchor.outlets}`};
  });
}
