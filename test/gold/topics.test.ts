import {beforeAll, describe, expect, it} from "vitest";
import {loadConfig} from "../../loaders/io/config.js";
import {runExtract} from "../../loaders/io/runSync.js";
import type {Tables} from "../../loaders/types.js";
import {topicGold} from "./topics.js";

/** Scores at or above which the seeds must stay (raise them when the extractor improves). */
const FLOOR = {precision: 1, recall: 1, f1: 1};

let tables: Tables;
beforeAll(() => {
  tables = runExtract({paths: ["seeds"], config: loadConfig("data")}).tables;
});

/** Topic ids found for one seed file. */
function found(file: string): Set<string> {
  const id = tables.articles.find((a) => a.file === file)?.article_id;
  if (!id) throw new Error(`seed not extracted: ${file}`);
  return new Set(tables.topics.filter((t) => t.article_id === id).map((t) => t.topic_id));
}

describe("topics on the seeds (hand-written gold)", () => {
  it("gold names only topics of data/topics.yaml", () => {
    const known = new Set(loadConfig("data").topics.topics.map((t) => t.id));
    for (const g of topicGold) for (const id of [...g.topics, ...g.mustNot.map((m) => m.topic)]) expect(known.has(id), id).toBe(true);
  });

  it("keeps topic-level precision, recall and F1 at or above the floor", () => {
    let tp = 0, system = 0, gold = 0;
    const perArticle: string[] = [];
    for (const g of topicGold) {
      const got = found(g.file);
      const hit = g.topics.filter((t) => got.has(t)).length;
      tp += hit;
      system += got.size;
      gold += g.topics.length;
      perArticle.push(`${g.file}: P ${(hit / Math.max(1, got.size)).toFixed(2)} R ${(hit / g.topics.length).toFixed(2)}`);
    }
    const precision = tp / system, recall = tp / gold, f1 = (2 * precision * recall) / (precision + recall);
    console.log(`topics on seeds: P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f1.toFixed(3)}\n  ${perArticle.join("\n  ")}`);
    expect(precision).toBeGreaterThanOrEqual(FLOOR.precision);
    expect(recall).toBeGreaterThanOrEqual(FLOOR.recall);
    expect(f1).toBeGreaterThanOrEqual(FLOOR.f1);
  });

  it("never reports a must-not topic", () => {
    const wrong = topicGold.flatMap((g) => g.mustNot.filter((m) => found(g.file).has(m.topic)).map((m) => `${g.file}: ${m.topic} (${m.why})`));
    expect(wrong).toEqual([]);
  });

  it("every topic row's evidence lies in the body of its article", () => {
    const bodies = new Map<string, {start: number; end: number}[]>();
    for (const p of tables.parts) if (p.label === "body") bodies.set(p.article_id, [...(bodies.get(p.article_id) ?? []), p]);
    for (const row of tables.topics) for (const span of row.evidence.split(" ")) {
      const [a, b] = span.split("-").map(Number);
      expect(bodies.get(row.article_id)!.some((p) => p.start <= a && b <= p.end), `${row.topic_id} ${span}`).toBe(true);
    }
  });
});
