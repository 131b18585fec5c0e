import type {ArticleRow} from "../types.js";

/** Sources shown one by one in charts; the rest are pooled into one "other sources" row. */
export const MAX_SOURCES = 30;

/** A source as charts show it: one of the largest, or the pool of all others. */
export interface SourceGroup {
  source: string;
  /** Sources in the group (1, or more for the pool). */
  members: number;
  articles: number;
  sentences: number;
  body_chars: number;
}

/**
 * Ranks sources by articles, then body characters, then name; keeps the first
 * `max` and pools the rest as "other sources (N)". Returns the groups and a
 * function from a source to its group's name. With ≤ max sources nothing is pooled.
 */
export function sourceGroups(articles: readonly ArticleRow[], max = MAX_SOURCES): {groups: SourceGroup[]; groupOf: (source: string) => string} {
  const totals = new Map<string, SourceGroup>();
  for (const a of articles) {
    const g = totals.get(a.source) ?? {source: a.source, members: 1, articles: 0, sentences: 0, body_chars: 0};
    g.articles += 1;
    g.sentences += a.sentences;
    g.body_chars += a.body_chars;
    totals.set(a.source, g);
  }
  const ranked = [...totals.values()].sort((a, b) => b.articles - a.articles || b.body_chars - a.body_chars || a.source.localeCompare(b.source));
  if (ranked.length <= max) return {groups: ranked, groupOf: (s) => s};
  const kept = ranked.slice(0, max);
  const rest = ranked.slice(max);
  const other: SourceGroup = {source: `other sources (${rest.length})`, members: rest.length, articles: 0, sentences: 0, body_chars: 0};
  for (const g of rest) {
    other.articles += g.articles;
    other.sentences += g.sentences;
    other.body_chars += g.body_chars;
  }
  const keep = new Set(kept.map((g) => g.source));
  return {groups: [...kept, other], groupOf: (s) => (keep.has(s) ? s : other.source)};
}
