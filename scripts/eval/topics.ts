/**
 * Sanity check of topics and key terms on 10kGNAD (DER STANDARD articles with
 * one of 9 category labels). The label is treated as the source:
 *  - key terms per label should be recognisable (top 8 printed);
 *  - label purity: key terms learnt on one half of the articles classify the
 *    other half (each article gets the label whose top key terms it uses most),
 *    two-fold, against the majority-class baseline;
 *  - which label each topic of data/topics.yaml lands in most;
 *  - throughput of the topics extractor.
 * The CSV parsing stays here on purpose (the corpus adapter is separate work).
 */
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {loadConfig} from "../../loaders/io/config.js";
import {extractArticle, prepareArticle} from "../../loaders/pipeline.js";
import {topicsExtractor} from "../../loaders/topics/extractor.js";
import {peopleExtractor} from "../../loaders/people/extractor.js";
import {scoreKeyTerms} from "../../loaders/topics/keyterms.js";
import type {ArticleTables, KeyTermRow} from "../../loaders/types.js";
import {corpusPath} from "../corpora.js";
import {type Evaluation, round} from "./types.js";

/** Rows of 10kGNAD's `label;text` CSV: quote char `'`, doubled to escape, CRLF line ends. */
export function parseGnadCsv(text: string): {label: string; text: string}[] {
  const rows: {label: string; text: string}[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line) continue;
    const fields: string[] = [];
    let i = 0;
    while (i <= line.length) {
      if (line[i] === "'") {
        let value = "";
        i++;
        for (;;) {
          const close = line.indexOf("'", i);
          if (close < 0) throw new Error(`unterminated quote in row ${rows.length + 1}`);
          value += line.slice(i, close);
          if (line[close + 1] === "'") {
            value += "'";
            i = close + 2;
          } else {
            i = close + 1;
            break;
          }
        }
        fields.push(value);
        i++; // the ";" after the field
      } else {
        const stop = fields.length === 0 ? line.indexOf(";", i) : -1;
        const end = stop < 0 ? line.length : stop;
        fields.push(line.slice(i, end));
        i = end + 1;
      }
      if (fields.length === 2) break;
    }
    if (fields.length !== 2) throw new Error(`row ${rows.length + 1}: expected label;text`);
    rows.push({label: fields[0], text: fields[1]});
  }
  return rows;
}

/** Label whose key stems (stem → z-score) the article's term counts overlap most. */
function classify(counts: readonly KeyTermRow[], profiles: Map<string, Map<string, number>>): string {
  let best = "";
  let top = 0;
  for (const [label, profile] of profiles) {
    let score = 0;
    for (const row of counts) score += (profile.get(row.stem) ?? 0) * row.count;
    if (score > top) [best, top] = [label, score];
  }
  return best;
}

function profilesOf(rows: readonly KeyTermRow[], top: number): Map<string, Map<string, number>> {
  const profiles = new Map<string, Map<string, number>>();
  for (const row of scoreKeyTerms(rows, {top, minCount: 2, minArticles: 2})) {
    if (row.score <= 0) continue;
    if (!profiles.has(row.source)) profiles.set(row.source, new Map());
    profiles.get(row.source)!.set(row.stem, row.score);
  }
  return profiles;
}

export const topicsEvaluation: Evaluation = {
  name: "topics",
  async run() {
    const dir = corpusPath("10kgnad");
    if (!dir) return {name: "topics", skipped: "10kgnad corpus not found"};
    const rows = parseGnadCsv(readFileSync(join(dir, "test.csv"), "utf8"));
    const config = loadConfig(join(import.meta.dirname, "..", "..", "data"));
    const articles = rows.map((row, i) => prepareArticle({file: `10kgnad/test.csv#${i + 1}`, text: row.text, given: {outlet: row.label}}, config));
    const chars = articles.reduce((n, a) => n + a.text.length, 0);
    // first pass: every word form is analysed (cold cache); second pass: the word cache is filled,
    // as it is for most words of a large corpus
    // the people finder's mentions first, untimed: a person named counts as one key term (loaders/topics/personTerms.ts)
    const named = articles.map((article) => extractArticle(article, config, [peopleExtractor]));
    let started = performance.now();
    const tables: ArticleTables[] = articles.map((article, i) => ({...named[i], ...topicsExtractor.run(article, config, named[i])}));
    const cold = (performance.now() - started) / 1000;
    started = performance.now();
    articles.forEach((article, i) => topicsExtractor.run(article, config, named[i]));
    const warm = (performance.now() - started) / 1000;
    const notes: string[] = [];

    // key terms per label
    const all = tables.flatMap((t) => t.keyterms);
    const keyterms = scoreKeyTerms(all, {top: 8, minCount: 2, minArticles: 2});
    const labels = [...new Set(rows.map((r) => r.label))].sort();
    for (const label of labels) notes.push(`key terms ${label}: ${keyterms.filter((r) => r.source === label).map((r) => r.term).join(", ")}`);

    // label purity, two-fold
    const TOP = 50;
    let correct = 0;
    for (const fold of [0, 1]) {
      const train = tables.filter((_, i) => i % 2 !== fold).flatMap((t) => t.keyterms);
      const profiles = profilesOf(train, TOP);
      tables.forEach((t, i) => {
        if (i % 2 === fold && classify(t.keyterms, profiles) === rows[i].label) correct++;
      });
    }
    const counts = new Map<string, number>();
    for (const r of rows) counts.set(r.label, (counts.get(r.label) ?? 0) + 1);
    const majority = Math.max(...counts.values()) / rows.length;

    // topics by label
    for (const topic of config.topics.topics) {
      const byLabel = new Map<string, number>();
      tables.forEach((t, i) => {
        if (t.topics.some((r) => r.topic_id === topic.id)) byLabel.set(rows[i].label, (byLabel.get(rows[i].label) ?? 0) + 1);
      });
      const total = [...byLabel.values()].reduce((a, b) => a + b, 0);
      const ranked = [...byLabel].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([l, n]) => `${l} ${n}`);
      notes.push(`topic ${topic.id}: ${total} articles (${ranked.join(", ")})`);
    }
    for (const note of notes) console.log(`  ${note}`);
    return {
      name: "topics",
      corpus: `10kgnad test split (${rows.length} articles, label as source)`,
      metric: `label purity: articles classified by the other half's top ${TOP} key terms per label (two-fold)`,
      scores: {
        "label purity accuracy": round(correct / rows.length),
        "majority baseline": round(majority),
        "topics extractor MB/s, cold": round(chars / 1e6 / cold, 2),
        "topics extractor MB/s, warm": round(chars / 1e6 / warm, 2)
      },
      notes
    };
  }
};
