import {analysedSentences} from "../article.js";
import type {ArticleExtractor} from "../pipeline.js";
import type {QuoteRow} from "../types.js";
import {findQuotes} from "./extract.js";
import {registerRoles} from "./roleSpeakers.js";
import {quoteRows} from "./speakers.js";

/**
 * Per-article quote extractor: direct, indirect and reported quotes from the
 * body sentences, speakers linked to the person mentions found before it
 * (`tables.mentions`, from the people extractor when it runs first); a role-noun
 * speaker also to a register person holding that role on the publication day.
 */
export const quotesExtractor: ArticleExtractor = {
  name: "quotes",
  version: 3,
  run(article, config, tables) {
    const found = findQuotes(article.text, analysedSentences(article));
    found.sort((a, b) => a.start - b.start);
    const register = registerRoles(config.people, article.published);
    return {quotes: uniqueIds(quoteRows(article.id, article.text, found, tables.mentions.filter((m) => m.article_id === article.id), register))};
  }
};

/**
 * Makes quote ids unique within an article: a quotation relayed by a second
 * source (`de.quote.relayed.*`) has a row per source with the same start; the
 * second gets `article_id:start:2`, the third `:3`. Rows come sorted by start.
 */
export function uniqueIds(rows: QuoteRow[]): QuoteRow[] {
  const seen = new Map<string, number>();
  for (const row of rows) {
    const n = (seen.get(row.quote_id) ?? 0) + 1;
    seen.set(row.quote_id, n);
    if (n > 1) row.quote_id = `${row.quote_id}:${n}`;
  }
  return rows;
}
