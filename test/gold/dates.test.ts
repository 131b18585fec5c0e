import {describe, expect, test} from "vitest";
import {loadConfig} from "../../loaders/io/config.js";
import {runExtract} from "../../loaders/io/runSync.js";
import {goldDates} from "./dates.js";

const {tables} = await runExtract({paths: ["seeds"], config: loadConfig("data")});
const seedOf = (file: string) => file.split("/").pop()!.slice(0, 3);

/** Matches gold [surface, value] pairs to rows in text order, one to one. */
function score() {
  let surfaces = 0;
  let values = 0;
  let gold = 0;
  let system = 0;
  for (const g of goldDates) {
    const article = tables.articles.find((a) => seedOf(a.file) === g.seed)!;
    const rows = tables.dates.filter((d) => d.article_id === article.article_id).sort((a, b) => a.start - b.start);
    gold += g.dates.length;
    system += rows.length;
    const used = new Set<number>();
    for (const [surface, value] of g.dates) {
      const i = rows.findIndex((r, k) => !used.has(k) && r.surface === surface);
      if (i < 0) continue;
      used.add(i);
      surfaces++;
      if (rows[i].value === value) values++;
    }
  }
  return {recall: surfaces / gold, precision: surfaces / system, value: values / Math.max(surfaces, 1)};
}

describe("the seeds' dates", () => {
  test("publication dates as the seeds state them", () => {
    for (const g of goldDates) {
      const article = tables.articles.find((a) => seedOf(a.file) === g.seed)!;
      expect(article.published, g.seed).toBe(g.published);
    }
  });

  test("scores stay at or above their current level", () => {
    const s = score();
    // current level: recall 1.0, precision 1.0, value accuracy 1.0
    expect(s.recall).toBeGreaterThanOrEqual(0.95);
    expect(s.precision).toBeGreaterThanOrEqual(0.95);
    expect(s.value).toBeGreaterThanOrEqual(0.95);
  });

  test("rows are body text and carry a rule and a span", () => {
    for (const d of tables.dates) {
      expect(d.rule).toMatch(/^(de\.dates\.|chrono\.de)/);
      expect(d.end).toBeGreaterThan(d.start);
    }
  });
});
