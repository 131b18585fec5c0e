/** The `dates` extractor: dates.csv rows from an article's body sentences. */
import {analysedSentences} from "../article.js";
import {backgroundAt, calendarToken, dateCue, dateRules, futureTense, pastTense} from "../lang/de/index.js";
import type {ArticleExtractor} from "../pipeline.js";
import type {Article, DateRow, Sentence} from "../types.js";
import {type DateLanguage, findDates} from "./find.js";
import {tickerOrder} from "../lang/de/dates/ticker.js";

/** German date language data, in the order set by loaders/lang/de/index.ts. */
export const german: DateLanguage = {rules: dateRules, cue: dateCue, pastTense, futureTense, calendarToken, background: backgroundAt, tickerOrder};

export const datesExtractor: ArticleExtractor = {
  name: "dates",
  version: 1,
  run(article) {
    const rows = findDates(article.text, analysedSentences(article), german, {published: article.published});
    return {dates: rows.map((r) => ({article_id: article.id, ...r}))};
  }
};

/**
 * Date expressions of other sentences (the FAQ), for the event extractor:
 * the chronology may cite an outlet's FAQ, while dates.csv keeps to the body.
 */
export function faqDates(article: Article, sentences: Sentence[]): DateRow[] {
  return findDates(article.text, sentences, german, {published: article.published}).map((r) => ({article_id: article.id, ...r}));
}
