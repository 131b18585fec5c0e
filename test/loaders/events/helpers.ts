import type {Config} from "../../../loaders/config.js";
import {articleExtractors} from "../../../loaders/extractors.js";
import {loadConfig} from "../../../loaders/io/config.js";
import {extractArticle, prepareArticle} from "../../../loaders/pipeline.js";
import type {ArticleTables, EventMentionRow, EventRow} from "../../../loaders/types.js";
import {combineTables} from "../../../loaders/combine.js";
import {corpusStepsWith} from "../../../loaders/corpus-steps.js";

/** The project's data/ folder, parsed. */
export const dataConfig: Config = loadConfig("data");

/** Three outlets' dated reports of one call (a day-dated event with a conflicting duration). */
export const CALL_REPORTS = ["Kurier", "Standard", "Presse"].map((outlet, i) => ({
  file: `call-${i}.txt`,
  given: {outlet, published: `2025-02-1${i + 3}`},
  text:
    `Washington – US-Präsident Donald Trump hat am 12. Februar mit Kremlchef Wladimir Putin telefoniert. „Wir haben vereinbart, dass unsere Teams sofort ` +
    `mit Verhandlungen beginnen“, sagte Trump nach dem Gespräch. Das Telefonat dauerte ${60 + i * 30} Minuten, teilte Kremlsprecher Dmitri Peskow mit.`
}));

/** Every per-article extractor on each text, in order (the call reports first). */
export function extractAll(texts: {file: string; text: string; given?: Record<string, string>}[], config = dataConfig): ArticleTables[] {
  return [...CALL_REPORTS, ...texts].map(({file, text, given}) => extractArticle(prepareArticle({file, text, given: given ?? {}}, config), config, articleExtractors));
}

/** The event mentions of one body sentence published on a fixed day, Thursday 12 March 2026 (the cue tables' reference day). */
export function sentenceEvents(sentence: string, file = "cue.txt"): EventMentionRow[] {
  const article = prepareArticle({file, text: sentence, given: {published: "2026-03-12"}}, dataConfig);
  return extractArticle(article, dataConfig, articleExtractors).event_mentions;
}

/** The events of one article published on Thursday 12 March 2026, after the events corpus step. */
export function articleEvents(text: string, file = "events.txt"): EventRow[] {
  const article = prepareArticle({file, text, given: {published: "2026-03-12"}}, dataConfig);
  return combineTables([extractArticle(article, dataConfig, articleExtractors)], [], dataConfig, corpusStepsWith()).events;
}
