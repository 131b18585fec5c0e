import {analysedSentences} from "../article.js";
import type {ArticleExtractor} from "../pipeline.js";
import {sourceName} from "../pipeline.js";
import {FramingTally} from "./framingHits.js";
import type {Config} from "../config.js";
import {contentStem, contentStemOf, TermCounter} from "./termCounts.js";
import {type PatternMatch, wordForms} from "./matcher.js";
import {type Token, tokenSpansHashed} from "./tokens.js";
import {WordTable} from "./wordTable.js";
import {TopicTally} from "./topicHits.js";
import {personTerms} from "./personTerms.js";

/**
 * Topics, framing terms and key-term counts of one article, from one pass over
 * its body sentences: each sentence is tokenised once and fed to the topic
 * matcher, the framing matcher and the term counter (a person named in it as
 * one term, see personTerms.ts). Each word form is
 * analysed once per run (its forms shared by both matchers) and cached.
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
    const {text} = article;
    const {matcher: topicMatcher} = config.topics;
    const {matcher: framingMatcher} = config.framing;
    const {spans, hashes, topicAtoms, framingAtoms, forms, stems} = scratch;
    // a person counts as one term, the full name, and the words of the name as none (personTerms.ts)
    const people = tables.mentions?.length ? personTerms(tables.mentions, config.people) : [];
    let p = 0;
    for (const sentence of analysedSentences(article)) {
      const n = tokenSpansHashed(text, sentence.start, sentence.end, spans, hashes);
      let anyTopic = false;
      let anyFraming = false;
      for (let i = 0; i < n; i++) {
        const start = spans[2 * i];
        const end = spans[2 * i + 1];
        const hash = hashes[i];
        let info = words.find(text, start, end, hash);
        if (!info) {
          const surface = text.slice(start, end);
          const word = wordForms(surface);
          // a word without joiners is its own joined form: its lower case and stem are already known
          const stem = word.joined === surface ? contentStemOf(surface, word.lower, word.joinedStem) : contentStem(surface);
          info = {word: surface, topic: topicMatcher.analyseForms(word), framing: framingMatcher.analyseForms(word), stem};
          words.add(info, hash);
        }
        topicAtoms[i] = info.topic;
        framingAtoms[i] = info.framing;
        forms[i] = info.word;
        stems[i] = info.stem;
        if (info.topic.length) anyTopic = true;
        if (info.framing.length) anyFraming = true;
      }
      // a sentence whose words match no atom has no match: skip the matchers, still count the sentence
      if (anyTopic || anyFraming) {
        const tokens: Token[] = new Array(n);
        for (let i = 0; i < n; i++) tokens[i] = {start: spans[2 * i], end: spans[2 * i + 1], surface: forms[i]};
        topics.addSentence(anyTopic ? topicMatcher.matchSentence(tokens, topicAtoms) : NO_MATCHES);
        framing.addSentence(anyFraming ? framingMatcher.matchSentence(tokens, framingAtoms) : NO_MATCHES);
      } else {
        topics.addSentence(NO_MATCHES);
        framing.addSentence(NO_MATCHES);
      }
      while (p < people.length && people[p].start < sentence.start) p++;
      for (let i = 0, covered = -1; p < people.length && people[p].start < sentence.end; p++) {
        const person = people[p];
        if (person.start < covered) continue; // a mention inside another one is that one's
        covered = person.end;
        while (i < n && spans[2 * i] < person.start) i++;
        for (; i < n && spans[2 * i + 1] <= person.end; i++) stems[i] = "";
        terms.add([person.term], [person.stem], 1);
      }
      terms.add(forms, stems, n);
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

/**
 * Per-sentence arrays, reused from sentence to sentence (only the first n entries, n the sentence's
 * token count, are read): token offsets and hashes, each token's topic and framing atoms, word form and stem.
 */
const scratch = {spans: [] as number[], hashes: [] as number[], topicAtoms: [] as (readonly number[])[], framingAtoms: [] as (readonly number[])[], forms: [] as string[], stems: [] as string[]};

const WORD_CACHE_LIMIT = 300_000;
const NO_MATCHES: readonly PatternMatch[] = [];
const caches = new WeakMap<Config, WordTable<WordInfo>>();

/** One table of word analyses per config, so every word form is analysed once per run. */
function wordCache(config: Config): WordTable<WordInfo> {
  let cache = caches.get(config);
  if (!cache) caches.set(config, (cache = new WordTable(WORD_CACHE_LIMIT)));
  return cache;
}
