/**
 * Topic-level precision, recall and F1 on the seeds against the hand-written
 * gold in test/gold/topics.ts (the same figures the gold test keeps above its floor).
 */
import {join} from "node:path";
import {loadConfig} from "../../loaders/io/config.js";
import {runExtract} from "../../loaders/io/runSync.js";
import {topicGold} from "../../test/gold/topics.js";
import {type Evaluation, score} from "./types.js";

const ROOT = join(import.meta.dirname, "..", "..");

export const topicsSeedsEvaluation: Evaluation = {
  name: "topics-seeds",
  async run() {
    const config = loadConfig(join(ROOT, "data"));
    const {tables} = runExtract({paths: [join(ROOT, "seeds")], config});
    let tp = 0, system = 0, gold = 0, mustNotHit = 0, mustNot = 0;
    const notes: string[] = [];
    for (const g of topicGold) {
      const id = tables.articles.find((a) => a.file.endsWith(g.file.replace(/^seeds\//, "")))?.article_id;
      const found = new Set(tables.topics.filter((t) => t.article_id === id).map((t) => t.topic_id));
      const hit = g.topics.filter((t) => found.has(t));
      tp += hit.length;
      system += found.size;
      gold += g.topics.length;
      mustNot += g.mustNot.length;
      mustNotHit += g.mustNot.filter((m) => found.has(m.topic)).length;
      const missed = g.topics.filter((t) => !found.has(t));
      const extra = [...found].filter((t) => !g.topics.includes(t));
      if (missed.length || extra.length) notes.push(`${g.file}: missed ${missed.join(", ") || "-"}; extra ${extra.join(", ") || "-"}`);
    }
    return {
      name: "topics-seeds",
      corpus: `seeds (${topicGold.length} articles, hand-written topic gold)`,
      metric: "topic-level P/R/F1 over (article, topic) pairs; must-not topics reported",
      scores: {"topics": score(tp, system, gold), "must-not topics found": mustNotHit, "must-not topics listed": mustNot},
      notes
    };
  }
};
