import {analysedSentences} from "../article.js";
import type {ArticleExtractor} from "../pipeline.js";
import type {QuoteRow} from "../types.js";
import {findQuotes} from "./extract.js";
import {registerRoles} from "./roleSpeakers.js";
import {quoteRows} from "./speakers.js";
import type {FoundQuote} from "./context.js";
import {outletForms, ownOutletAddressee} from "../lang/de/speakerRules/ownOutlet.js";

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
    withoutOwnOutlet(article.text, found, outletForms(article.outlet));
    const register = registerRoles(config.people, article.published);
    return {quotes: uniqueIds(quoteRows(article.id, article.text, found, tables.mentions.filter((m) => m.article_id === article.id), register))};
  }
};

/**
 * `de.speaker.own-outlet-addressee`: cuts the article's own outlet, the medium a speaker talked to, off the end of
 * speaker spans ("sagte ein Mitglied der Kommission der TAZ" in a TAZ article). Changes `found` in place.
 */
export function withoutOwnOutlet(text: string, found: FoundQuote[], forms: readonly string[]): void {
  if (!forms.length) return;
  for (const q of found) {
    if (q.speakerStart === null || q.speakerEnd === null) continue;
    const end = ownOutletAddressee.cut(text.slice(q.speakerStart, q.speakerEnd), forms);
    if (end === null) continue;
    q.speakerEnd = q.speakerStart + end;
    q.rule += `+${ownOutletAddressee.id}`;
  }
}

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
