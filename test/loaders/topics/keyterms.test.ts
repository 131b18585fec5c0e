import {describe, expect, it} from "vitest";
import {combineTables, extractArticle, prepareArticle} from "../../../loaders/pipeline.js";
import {topicsExtractor} from "../../../loaders/topics/extractor.js";
import {keyTermsStep, logOddsZ, scoreKeyTerms, sumKeyTermRows} from "../../../loaders/topics/keyterms.js";
import {contentStem} from "../../../loaders/topics/termCounts.js";
import type {KeyTermRow} from "../../../loaders/types.js";
import {dataConfig} from "./helpers.js";

/** Key terms of a tiny corpus of [outlet, text] articles. */
function keyTerms(corpus: [string, string][]): KeyTermRow[] {
  const perArticle = corpus.map(([outlet, text], i) => extractArticle(prepareArticle({file: `a${i}.txt`, text, given: {outlet}}, dataConfig), dataConfig, [topicsExtractor]));
  return combineTables(perArticle, [], dataConfig, [keyTermsStep]).keyterms;
}

describe("content stems", () => {
  const cases: [surface: string, stem: string][] = [
    ["Krieges", "krieg"], ["Verhandlungen", "verhandl"], ["der", ""], ["und", ""], ["2025", ""], ["EU", ""], ["Waffenstillstände", "waffenstillstand"],
    // a number in any script makes no key term, found with or without the regex
    ["G20-Gipfel", ""], ["Gipfel7", ""], ["Übergang٣", ""], ["Zähler²", ""], ["Übergänge", "ubergang"],
    // words that say when or how much: months, weekdays, reference words, "Mitte", "rund"
    ["März", ""], ["Dienstags", ""], ["vergangenen", ""], ["kommende", ""], ["Mitte", ""], ["rund", ""], ["Abend", ""], ["Streik", "streik"]
  ];
  it.each(cases)("%s → %j", (surface, stem) => expect(contentStem(surface)).toBe(stem));
});

describe("key terms by weighted log-odds", () => {
  const corpus: [string, string][] = [
    ["Blatt A", "Der Krieg dauert an. Der Krieg ist schrecklich. Die Regierung berät. Der Krieg kostet viel."],
    ["Blatt A", "Wieder Krieg im Osten. Die Regierung schweigt zum Krieg."],
    ["Blatt B", "Der Konflikt dauert an. Der Konflikt ist schrecklich. Die Regierung berät. Der Konflikt kostet viel."],
    ["Blatt B", "Wieder Konflikt im Osten. Die Regierung schweigt zum Konflikt."]
  ];
  const rows = keyTerms(corpus);

  it("puts what only one outlet says first, with its surface form", () => {
    expect(rows.find((r) => r.source === "Blatt A")).toMatchObject({term: "Krieg", stem: "krieg", count: 5, articles: 2, rule: "keyterms.log-odds"});
    expect(rows.find((r) => r.source === "Blatt B")).toMatchObject({term: "Konflikt", count: 5, articles: 2});
  });

  it("scores words both outlets use equally near zero", () => {
    const regierung = rows.filter((r) => r.stem === "regier");
    expect(regierung).toHaveLength(2);
    for (const r of regierung) expect(Math.abs(r.score)).toBeLessThan(0.01);
    expect(rows.find((r) => r.stem === "krieg" && r.source === "Blatt A")!.score).toBeGreaterThan(1);
  });

  it("drops stopwords and terms below the least count", () => {
    expect(rows.some((r) => r.stem === "der" || r.stem === "die")).toBe(false);
    expect(rows.some((r) => r.stem === "schrecklich")).toBe(false);
  });

  it("keeps the top N per source", () => {
    const many: KeyTermRow[] = [];
    for (let i = 0; i < 50; i++) for (const source of ["x", "y"]) many.push({source, term: `w${i}`, stem: `w${i}`, count: source === "x" ? i + 2 : 2, articles: 1, score: 0, rule: ""});
    const top = scoreKeyTerms(many, {top: 5, minCount: 2, minArticles: 2});
    expect(top.filter((r) => r.source === "x").map((r) => r.term)).toEqual(["w49", "w48", "w47", "w46", "w45"]);
  });

  it("log-odds z is symmetric and zero for equal rates", () => {
    expect(logOddsZ(10, 100, 10, 100, 20, 200)).toBeCloseTo(0);
    expect(logOddsZ(20, 100, 5, 100, 25, 200)).toBeCloseTo(-logOddsZ(5, 100, 20, 100, 25, 200));
  });

  it("lists a single source by frequency with score 0", () => {
    const single = keyTerms([["Nur", "Krieg und Krieg und Krieg. Frieden und Frieden."]]);
    expect(single.map((r) => [r.term, r.score])).toEqual([["Krieg", 0], ["Frieden", 0]]);
  });
});

describe("scoreKeyTerms top rows", () => {
  // many tied scores and counts, stems that differ only in case (their localeCompare order is not code point order)
  const row = (source: string, stem: string, count: number): KeyTermRow => ({source, term: stem, stem, count, articles: 2, score: 0, rule: ""});
  const rows: KeyTermRow[] = [];
  for (let i = 0; i < 200; i++) {
    const stem = `${i % 2 ? "B" : "b"}${String.fromCharCode(97 + (i % 26))}${i % 7}`;
    rows.push(row("A", stem, 2 + (i % 3)), row(i % 5 ? "B" : "A", `${stem}x`, 2 + (i % 4)), row("B", stem, 2 + (i % 5)));
  }
  it.each([[1], [3], [30], [0]])("top %i are the first rows of a full sort", (top) => {
    const all = scoreKeyTerms(rows, {top: 5000, minCount: 2, minArticles: 2}); // more than 1000: every term sorted
    const firsts = ["A", "B"].flatMap((s) => all.filter((r) => r.source === s).slice(0, top));
    expect(scoreKeyTerms(rows, {top, minCount: 2, minArticles: 2})).toEqual(firsts);
  });
});

describe("sumKeyTermRows: a run of rows replaced by its sums scores the same", () => {
  // three sources, surface forms of one stem tied in count, the one-article cap on minArticles, a source in one run only
  const forms = ["Krieg", "Krieges", "Kriege", "Frieden", "Friedens", "Regierung", "Gespräch", "Gespräche"];
  const stemOf = (t: string) => t.toLowerCase().replace(/(es|e|s)$/, "");
  const rows: KeyTermRow[] = [];
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let a = 0; a < 60; a++) {
    const source = ["Blatt A", "Blatt B", "Blatt C"][Math.floor(random() * (a < 50 ? 2 : 3))];
    for (const term of forms) if (random() < 0.6) rows.push({source, term, stem: stemOf(term), count: 1 + Math.floor(random() * 3), articles: 1, score: 0, rule: ""});
  }
  const options = {top: 4, minCount: 2, minArticles: 2};
  const cases: [name: string, cuts: number[]][] = [
    ["the whole list summed", [0, rows.length]],
    ["one run in the middle", [40, 120]],
    ["several runs, one of a single row", [0, 10, 11, 90, 91, rows.length - 5]],
    ["an empty run", [30, 30]]
  ];
  it.each(cases)("%s", (_, cuts) => {
    const replaced: KeyTermRow[] = [];
    let at = 0;
    for (let i = 0; i < cuts.length; i += 2) {
      replaced.push(...rows.slice(at, cuts[i]), ...sumKeyTermRows(rows.slice(cuts[i], cuts[i + 1])));
      at = cuts[i + 1];
    }
    replaced.push(...rows.slice(at));
    expect(replaced.length).toBeLessThanOrEqual(rows.length);
    expect(scoreKeyTerms(replaced, options)).toEqual(scoreKeyTerms(rows, options));
  });

  it("sums per source, stem and form in order of first appearance", () => {
    const r = (source: string, term: string, count: number, articles = 1): KeyTermRow => ({source, term, stem: stemOf(term), count, articles, score: 0, rule: "x"});
    expect(sumKeyTermRows([r("A", "Krieg", 2), r("B", "Frieden", 1), r("A", "Kriege", 1), r("A", "Krieg", 3), r("B", "Frieden", 1, 2)])).toEqual([
      r("A", "Krieg", 5, 2), r("A", "Kriege", 1), r("B", "Frieden", 2, 3)
    ].map((x) => ({...x, score: 0})));
  });
});
