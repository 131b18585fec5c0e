import type {Config} from "./config.js";
import {articleId} from "./ingest/id.js";
import {resolveMeta} from "./ingest/metadata.js";
import {classifyParts} from "./ingest/parts.js";
import {partPrefixRules, partRules} from "./lang/de/index.js";
import {splitSentences} from "./text/sentences.js";
import type {Article, RawArticle, Sentence} from "./types.js";

/**
 * Turns one decoded input into an Article: content id, labelled parts
 * (title, body, faq, comments, boilerplate), sentences and metadata with provenance.
 */
export function prepareArticle(raw: RawArticle, config: Config): Article {
  const {text} = raw;
  const parts = classifyParts(text, partRules, partPrefixRules, raw.given.title, raw.captions);
  const sentences: Sentence[] = [];
  for (const part of parts) {
    for (const span of splitSentences(text, part.start, part.end)) sentences.push({start: span.start, end: span.end, part: part.label});
  }
  const meta = resolveMeta(text, parts, raw.given, config.outlets, raw.givenSource, raw.titleOutlet);
  return {id: articleId(text), file: raw.file, text, parts, sentences, ...meta};
}

/** Sentences of the parts that feed the analysis (the body by default). */
export function analysedSentences(article: Article, labels: readonly string[] = ["body"]): Sentence[] {
  return article.sentences.filter((s) => labels.includes(s.part));
}
