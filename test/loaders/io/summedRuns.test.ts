import {describe, expect, it} from "vitest";
import {SummedRuns} from "../../../loaders/io/summedRuns.js";
import {sumKeyTermRows} from "../../../loaders/topics/keyterms.js";
import type {ArticleTables, KeyTermRow} from "../../../loaders/types.js";

const row = (source: string, term: string, count = 1): KeyTermRow => ({source, term, stem: term.toLowerCase(), count, articles: 1, score: 0, rule: "r"});
const article = (...rows: KeyTermRow[]) => ({keyterms: rows, quotes: []}) as unknown as ArticleTables;

describe("summable rows summed in runs of one input file", () => {
  // [input file of each article, expected keyterm counts per article after flush]
  const cases: [string, number[], number[][]][] = [
    ["one file: the run's sums go to its first article", [0, 0, 0], [[3, 1], [], []]],
    ["a new file starts a new run", [0, 0, 1], [[2, 1], [], [1]]],
    ["a single article keeps its own rows", [0, 1, 2], [[1], [1, 1], [1]]]
  ];
  it.each(cases)("%s", (_, inputs, expected) => {
    const articles = [article(row("A", "Krieg")), article(row("A", "Krieg"), row("A", "Frieden")), article(row("A", "Krieg"))];
    const runs = new SummedRuns({keyterms: sumKeyTermRows});
    articles.forEach((tables, i) => runs.add(tables, inputs[i]));
    runs.flush();
    expect(articles.map((a) => a.keyterms.map((r) => r.count))).toEqual(expected);
    // other tables are left alone, and the total is unchanged
    expect(articles.every((a) => Array.isArray(a.quotes))).toBe(true);
    expect(articles.flatMap((a) => a.keyterms).reduce((n, r) => n + r.count, 0)).toBe(4);
  });
});
