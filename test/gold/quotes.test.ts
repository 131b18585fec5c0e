import {readdirSync, readFileSync} from "node:fs";
import {describe, expect, test} from "vitest";
import {prepareArticle} from "../../loaders/article.js";
import {loadConfig} from "../../loaders/io/config.js";
import {emptyTables} from "../../loaders/pipeline.js";
import {quotesExtractor} from "../../loaders/quotes/extractor.js";
import type {QuoteRow} from "../../loaders/types.js";
import {goldQuotes, type GoldQuote} from "./quotes.js";

const config = loadConfig("data");
const seeds = readdirSync("seeds").filter((f) => f.endsWith(".txt")).sort();

interface Located extends GoldQuote {
  start: number;
  end: number;
}

/** Character overlap of two spans. */
const overlap = (a: {start: number; end: number}, b: {start: number; end: number}) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/**
 * Scores the extractor against the seed gold: quotes aligned one-to-one by
 * character overlap (largest first); quote P/R/F1 over aligned quotes (count)
 * and over characters; speaker
 * P/R over aligned quotes (the speaker span's text is one of the gold
 * surfaces); type accuracy over aligned quotes.
 */
function scoreSeeds() {
  let rowCount = 0;
  let tp = 0, systemChars = 0, goldChars = 0, speakerOk = 0, systemSpeakers = 0, goldCount = 0, typeOk = 0, aligned = 0;
  const missingGold: string[] = [];
  for (const file of seeds) {
    const article = prepareArticle({file, text: readFileSync(`seeds/${file}`, "utf8"), given: {}}, config);
    const tables = {...emptyTables(), articles: [], parts: []};
    const rows: QuoteRow[] = quotesExtractor.run(article, config, tables).quotes ?? [];
    const gold: Located[] = [];
    for (const g of goldQuotes[file.slice(0, 3)] ?? []) {
      const start = article.text.indexOf(g.text);
      if (start < 0) missingGold.push(g.text);
      else gold.push({...g, start, end: start + g.text.length});
    }
    const pairs: [number, number, number][] = [];
    gold.forEach((g, i) => rows.forEach((r, j) => {
      const o = overlap(g, r);
      if (o > 0) pairs.push([o / Math.max(g.end - g.start, r.end - r.start), i, j]);
    }));
    pairs.sort((a, b) => b[0] - a[0]);
    const usedGold = new Set<number>(), usedRow = new Set<number>();
    for (const [, i, j] of pairs) {
      if (usedGold.has(i) || usedRow.has(j)) continue;
      usedGold.add(i);
      usedRow.add(j);
      const g = gold[i], r = rows[j];
      tp += overlap(g, r);
      aligned++;
      if (g.type === r.type) typeOk++;
      if (r.speaker_start !== null) {
        const said = article.text.slice(r.speaker_start, r.speaker_end!);
        if (g.speakers.some((s) => s.toLowerCase() === said.toLowerCase())) speakerOk++;
      }
    }
    systemChars += rows.reduce((n, r) => n + r.end - r.start, 0);
    goldChars += gold.reduce((n, g) => n + g.end - g.start, 0);
    rowCount += rows.length;
    systemSpeakers += rows.filter((r) => r.speaker_start !== null).length;
    goldCount += gold.length;
  }
  const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
  const qp = tp / systemChars, qr = tp / goldChars;
  const sp = speakerOk / systemSpeakers, sr = speakerOk / goldCount;
  const cp = aligned / rowCount, cr = aligned / goldCount;
  return {missingGold, count: {p: cp, r: cr, f1: f1(cp, cr)}, quote: {p: qp, r: qr, f1: f1(qp, qr)}, speaker: {p: sp, r: sr, f1: f1(sp, sr)}, type: typeOk / aligned};
}

const FLOOR_COUNT_P = 0.98;
const FLOOR_COUNT_R = 0.98;

describe("quotes on the seed gold", () => {
  const scores = scoreSeeds();

  test("every gold quote is text of its seed", () => {
    expect(scores.missingGold).toEqual([]);
  });

  // floors: the level measured when the gold was written; raise them as the extractor improves
  test.each<[string, number, number]>([
    ["quotes found: precision", scores.count.p, FLOOR_COUNT_P],
    ["quotes found: recall", scores.count.r, FLOOR_COUNT_R],
    ["quote characters: precision", scores.quote.p, 0.98],
    ["quote characters: recall", scores.quote.r, 0.98],
    ["quote characters: F1", scores.quote.f1, 0.98],
    ["speaker precision", scores.speaker.p, 0.96],
    ["speaker recall", scores.speaker.r, 0.94],
    ["speaker F1", scores.speaker.f1, 0.95],
    ["type accuracy", scores.type, 0.96]
  ])("%s %f stays at or above %f", (_name, value, floor) => {
    expect(value).toBeGreaterThanOrEqual(floor);
  });
});
