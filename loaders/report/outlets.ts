import type {Tables} from "../types.js";

/** One count per source and category (quote type, part label, …). */
export interface SourceCount {
  source: string;
  category: string;
  rows: number;
  chars: number;
}

/** Quotes per source and type. */
export function quotesBySource(t: Pick<Tables, "articles" | "quotes">): SourceCount[] {
  return countBySource(t.articles, t.quotes.map((q) => ({article_id: q.article_id, category: q.type, chars: q.end - q.start})));
}

/** Parts per source and label: what each source kept (title, body) and set aside (faq, comments, boilerplate). */
export function partsBySource(t: Pick<Tables, "articles" | "parts">): SourceCount[] {
  return countBySource(t.articles, t.parts.map((p) => ({article_id: p.article_id, category: p.label, chars: p.chars})));
}

function countBySource(articles: Tables["articles"], items: {article_id: string; category: string; chars: number}[]): SourceCount[] {
  const sourceOf = new Map(articles.map((a) => [a.article_id, a.source]));
  const counts = new Map<string, SourceCount>();
  for (const item of items) {
    const source = sourceOf.get(item.article_id);
    if (source === undefined) throw new Error(`unknown article_id: ${item.article_id}`);
    const key = `${source}\u0000${item.category}`;
    const c = counts.get(key) ?? {source, category: item.category, rows: 0, chars: 0};
    c.rows += 1;
    c.chars += item.chars;
    counts.set(key, c);
  }
  return [...counts.values()].sort((a, b) => a.source.localeCompare(b.source) || a.category.localeCompare(b.category));
}

/** Quotes per source, speaker and type (speaker "" when none was found). */
export function quotesBySpeaker(t: Pick<Tables, "articles" | "quotes">): {source: string; speaker: string; type: string; quotes: number}[] {
  const sourceOf = new Map(t.articles.map((a) => [a.article_id, a.source]));
  const counts = new Map<string, {source: string; speaker: string; type: string; quotes: number}>();
  for (const q of t.quotes) {
    const source = sourceOf.get(q.article_id);
    if (source === undefined) throw new Error(`quotes.csv names unknown article_id: ${q.article_id}`);
    const key = `${source}\u0000${q.speaker}\u0000${q.type}`;
    const c = counts.get(key) ?? {source, speaker: q.speaker, type: q.type, quotes: 0};
    c.quotes += 1;
    counts.set(key, c);
  }
  return [...counts.values()].sort((a, b) => a.source.localeCompare(b.source) || b.quotes - a.quotes || a.speaker.localeCompare(b.speaker));
}

/** The `n` rows with the highest `by` value per source, in that order. */
export function topPerSource<R extends {source: string}>(rows: readonly R[], by: keyof R & string, n: number): R[] {
  const bySource = new Map<string, R[]>();
  for (const r of rows) bySource.get(r.source)?.push(r) ?? bySource.set(r.source, [r]);
  return [...bySource.values()].flatMap((rs) => [...rs].sort((a, b) => Number(b[by]) - Number(a[by])).slice(0, n));
}
