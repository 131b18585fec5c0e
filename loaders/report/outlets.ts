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
