import {analysedSentences} from "../article.js";
import type {ArticleExtractor} from "../pipeline.js";
import {sourceName} from "../pipeline.js";
import {FramingTally} from "./framingHits.js";
import {TermCounter} from "./termCounts.js";
import {tokenize} from "./tokens.js";
import {TopicTally} from "./topicHits.js";

/**
 * Topics, framing terms and key-term counts of one article, from one pass over
 * its body sentences: each sentence is tokenised once and fed to the topic
 * matcher, the framing matcher and the term counter.
 */
export const topicsExtractor: ArticleExtractor = {
  name: "topics",
  version: 1,
  run(article, config, tables) {
    const source = tables.articles[0]?.source ?? sourceName(article);
    const topics = new TopicTally(config.topics);
    const framing = new FramingTally(config.framing);
    const terms = new TermCounter();
    for (const sentence of analysedSentences(article)) {
      const tokens = tokenize(article.text, sentence.start, sentence.end);
      topics.addSentence(config.topics.matcher.matchSentence(tokens));
      framing.addSentence(config.framing.matcher.matchSentence(tokens));
      terms.add(tokens);
    }
    const topicRows = topics.rows(article.id);
    return {
      topics: topicRows,
      framing: framing.rows(article.id, source, new Set(topicRows.map((r) => r.topic_id))),
      keyterms: terms.rows(source)
    };
  }
};
