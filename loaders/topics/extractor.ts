import {analysedSentences} from "../article.js";
import type {ArticleExtractor} from "../pipeline.js";
import {sourceName} from "../pipeline.js";
import {FramingTally} from "./framingHits.js";
import type {Config} from "../config.js";
import {contentStem, TermCounter} from "./termCounts.js";
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
    const words = wordCache(config);
    for (const sentence of analysedSentences(article)) {
      const tokens = tokenize(article.text, sentence.start, sentence.end);
      const infos = tokens.map(({surface}) => {
        let info = words.get(surface);
        if (!info) {
          info = {word: surface, topic: config.topics.matcher.analyse(surface), framing: config.framing.matcher.analyse(surface), stem: contentStem(surface)};
          if (words.size >= WORD_CACHE_LIMIT) words.clear();
          words.set(surface, info);
        }
        return info;
      });
      topics.addSentence(config.topics.matcher.matchSentence(tokens, infos.map((i) => i.topic)));
      framing.addSentence(config.framing.matcher.matchSentence(tokens, infos.map((i) => i.framing)));
      terms.add(infos.map((i) => i.word), infos.map((i) => i.stem));
    }
    const topicRows = topics.rows(article.id);
    return {
      topics: topicRows,
      framing: framing.rows(article.id, source, new Set(topicRows.map((r) => r.topic_id))),
      keyterms: terms.rows(source)
    };
  }
};

/** What one word form contributes: its topic atoms, framing atoms and key-term stem. */
interface WordInfo {
  /** The word form, one string shared by every occurrence (keeps per-article rows small). */
  word: string;
  topic: readonly number[];
  framing: readonly number[];
  stem: string;
}

const WORD_CACHE_LIMIT = 300_000;
const caches = new WeakMap<Config, Map<string, WordInfo>>();

/** One cache of word analyses per config, so every word form is analysed once per run. */
function wordCache(config: Config): Map<string, WordInfo> {
  let cache = caches.get(config);
  if (!cache) caches.set(config, (cache = new Map()));
  return cache;
}
