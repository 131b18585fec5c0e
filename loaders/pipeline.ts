import {prepareArticle} from "./article.js";
import type {Config} from "./config.js";
import {isGermanLanguage} from "./ingest/language.js";
import type {Article, ArticleRow, ArticleTables, PartRow, Tables} from "./types.js";

/** A per-article extractor: pure, text and config in, rows out. */
export interface ArticleExtractor {
  name: string;
  /** Bump when the output changes, so cached results are recomputed. */
  version: number;
  run(article: Article, config: Config, tables: ArticleTables): Partial<ArticleTables>;
}

/** A step over all articles' rows (merging people, statements, events, key terms). */
/**
 * Where a step may keep what it derived between runs (a cache's, see
 * io/stepStore.ts): `get` gives what the last `put` kept under the same run
 * key, or undefined. What it keeps must never change the step's result, only
 * how soon it is made (key terms keep the corpus counts of a cache's blocks).
 */
export interface StepState {
  get(): unknown;
  put(value: unknown): void;
}

export interface CorpusStep {
  name: string;
  /** Makes the step's tables; `state`, when given, is the step's own StepState. */
  run(tables: Tables, config: Config, state?: StepState): Partial<Tables>;
  /**
   * Set when the step reads a per-article table only through sums and no
   * other step reads that table: the step computes the same from rows in
   * which any run of consecutive rows is replaced by `sum(run)`. A cache may
   * then keep a file's sums instead of its articles' rows (io/shards.ts), and
   * hand them back as one ColumnRows block (columnRows.ts) in place of the
   * rows, which the step must then read as well.
   */
  summable?: {table: keyof ArticleTables; sum(rows: readonly any[]): any[]};
  /**
   * Set when the step's result is a function of the config, the code and the
   * rows of these per-article tables (and the articles rows of the articles
   * that have such rows), in order, including what the steps before it read
   * to make the tables it reads. Its result may then be kept between runs
   * and used again while those articles are the same (stepMemo.ts). A
   * `variant` names what else the result depends on (an option the step was
   * made with): it is part of the memo key. No table in `reads` may be
   * `summable` (a cache gives a file's sums to its first article, so an
   * article's rows would not depend on its own key alone).
   */
  memo?: {reads: readonly (keyof ArticleTables)[]; variant?: string};
}

/** What opens the source of an article whose outlet is unknown, before its file name, so the name never reads as an outlet. */
export const NO_OUTLET = "(no outlet)";

/**
 * Display name of an article's source: its outlet, or, when the outlet is unknown, "(no outlet) " and its file
 * name without folder and extension ("(no outlet) pressemitteilung"; the rows of one CSV without outlets share it).
 */
export function sourceName(article: Pick<Article, "outlet" | "file">): string {
  return article.outlet || `${NO_OUTLET} ${article.file.split("/").pop()!.replace(/\.[^.]+$/, "")}`;
}

function articleRow(article: Article): ArticleRow {
  const {id, file, text, parts, sentences, ...meta} = article;
  const body = parts.filter((p) => p.label === "body");
  return {
    article_id: id, file, source: sourceName(article), ...meta,
    chars: text.length,
    body_chars: body.reduce((n, p) => n + p.end - p.start, 0),
    sentences: sentences.filter((s) => s.part === "body").length
  };
}

function partRows(article: Article): PartRow[] {
  return article.parts.map((p) => ({
    article_id: article.id, label: p.label, start: p.start, end: p.end, chars: p.end - p.start, rule: p.rule,
    preview: article.text.slice(p.start, Math.min(p.end, p.start + 120)).replace(/\s+/g, " ")
  }));
}

/** Runs ingestion and every per-article extractor on one article (only ingestion when it is not German). */
export function extractArticle(article: Article, config: Config, extractors: readonly ArticleExtractor[]): ArticleTables {
  const tables: ArticleTables = {articles: [articleRow(article)], parts: partRows(article), quotes: [], mentions: [], topics: [], dates: [], keyterms: [], framing: [], event_mentions: []};
  if (!isGermanLanguage(article.language)) return tables;
  for (const extractor of extractors) {
    const out = extractor.run(article, config, tables);
    for (const [name, rows] of Object.entries(out)) (tables as any)[name] = rows;
  }
  return tables;
}

export {combineTables, emptyTables, type OnPhase} from "./combine.js";
export {prepareArticle};
