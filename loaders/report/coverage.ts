import type {ArticleRow, TopicRow} from "../types.js";

/** One cell of the outlets × topics heatmap. */
export interface CoverageRow {
  source: string;
  topic_id: string;
  label: string;
  /** Articles of the source. */
  articles: number;
  /** Body sentences of the source. */
  sentences: number;
  /** Body sentences of the source that touch the topic. */
  topic_sentences: number;
  /** topic_sentences / sentences (0 when the source has no body sentences). */
  share: number;
}

/**
 * Topic coverage by source: for every source and every topic seen anywhere, the
 * share of the source's body sentences that touch the topic. Zero cells are kept,
 * so a heatmap shows what a source did not cover.
 */
export function topicCoverage(articles: readonly ArticleRow[], topics: readonly TopicRow[]): CoverageRow[] {
  const sourceOf = new Map(articles.map((a) => [a.article_id, a]));
  const sources = new Map<string, {articles: number; sentences: number}>();
  for (const a of articles) {
    const s = sources.get(a.source) ?? {articles: 0, sentences: 0};
    s.articles += 1;
    s.sentences += a.sentences;
    sources.set(a.source, s);
  }
  const labels = new Map<string, string>();
  const touched = new Map<string, number>();
  for (const t of topics) {
    const article = sourceOf.get(t.article_id);
    if (!article) throw new Error(`topics.csv names unknown article_id: ${t.article_id}`);
    labels.set(t.topic_id, t.label || t.topic_id);
    const key = `${article.source}\u0000${t.topic_id}`;
    touched.set(key, (touched.get(key) ?? 0) + Math.round(t.share * article.sentences));
  }
  const rows: CoverageRow[] = [];
  for (const [source, s] of sources) {
    for (const [topic_id, label] of labels) {
      const topic_sentences = touched.get(`${source}\u0000${topic_id}`) ?? 0;
      rows.push({source, topic_id, label, articles: s.articles, sentences: s.sentences, topic_sentences, share: s.sentences ? topic_sentences / s.sentences : 0});
    }
  }
  return rows;
}
