import {analysedSentences} from "../article.js";
import type {ArticleExtractor} from "../pipeline.js";
import {findQuotes} from "./extract.js";
import {quoteRows} from "./speakers.js";

/**
 * Per-article quote extractor: direct, indirect and reported quotes from the
 * body sentences, speakers linked to the person mentions found before it
 * (`tables.mentions`, from the people extractor when it runs first).
 */
export const quotesExtractor: ArticleExtractor = {
  name: "quotes",
  version: 1,
  run(article, _config, tables) {
    const found = findQuotes(article.text, analysedSentences(article));
    found.sort((a, b) => a.start - b.start);
    return {quotes: quoteRows(article.id, article.text, found, tables.mentions.filter((m) => m.article_id === article.id))};
  }
};
