import {describe, expect, it} from "vitest";
import {ColumnRows} from "../../../loaders/columnRows.js";
import {scoreKeyTerms, sumKeyTermRows} from "../../../loaders/topics/keyterms.js";
import type {KeyTermRow} from "../../../loaders/types.js";

/** Rows in a block of columns, as a cache shard reads them back (strings as indices into one list). */
function block(rows: readonly KeyTermRow[]): ColumnRows {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const id = (s: string) => index.get(s) ?? (index.set(s, strings.push(s) - 1), strings.length - 1);
  const ids = Object.fromEntries(["source", "term", "stem", "rule"].map((c) => [c, Int32Array.from(rows, (r) => id((r as any)[c]))]));
  const values = Object.fromEntries(["count", "articles", "score"].map((c) => [c, Int32Array.from(rows, (r) => (r as any)[c])]));
  return new ColumnRows(rows.length, ["source", "term", "stem", "count", "articles", "score", "rule"], ids, values, strings);
}

/** Per-article rows of a few sources, forms of one stem tied in count, a source of one article. */
function corpus(seed: number, sources: string[], articles = 60): KeyTermRow[][] {
  const forms = ["Krieg", "Krieges", "Kriege", "Frieden", "Friedens", "Regierung", "Gespräch", "Gespräche", "Wahl", "Wahlen"];
  const stemOf = (t: string) => t.toLowerCase().replace(/(es|en|e|s)$/, "");
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const out: KeyTermRow[][] = [];
  for (let a = 0; a < articles; a++) {
    const source = sources[Math.floor(random() * sources.length)];
    const rows: KeyTermRow[] = [];
    for (const term of forms) if (random() < 0.6) rows.push({source, term, stem: stemOf(term), count: 1 + Math.floor(random() * 3), articles: 1, score: 0, rule: "topics.terms"});
    out.push(rows);
  }
  return out;
}

describe("key terms from blocks of summed rows in columns score as the rows themselves", () => {
  const options = {top: 5, minCount: 2, minArticles: 2};
  const cases: [name: string, files: string[][], single?: boolean][] = [
    ["each file its own source", [["A"], ["B"], ["C"]]],
    ["sources shared across files (a block's source seen before)", [["A", "B"], ["B", "C"], ["A"]]],
    ["one file of several sources", [["A", "B", "C"]]],
    ["a source in a block, then in rows of later articles", [["A"], ["B"]], true]
  ];
  it.each(cases)("%s", (_, sources, rowsAfter) => {
    const files = sources.map((s, i) => corpus(11 + i, s));
    if (rowsAfter) files.push(corpus(99, ["A", "B"], 20)); // read as rows (not summed), after the blocks
    const all = files.flat(2);
    const mixed = files.map((file, i) => (rowsAfter && i === files.length - 1 ? file.flat() : [block(sumKeyTermRows(file.flat()))])).flat();
    expect(mixed.filter((x) => x instanceof ColumnRows).length).toBeGreaterThan(0);
    expect(scoreKeyTerms(mixed, options)).toEqual(scoreKeyTerms(all, options));
    expect(scoreKeyTerms(mixed)).toEqual(scoreKeyTerms(all));
  });

  it("rows before a block of the same source", () => {
    const [first, second] = [corpus(5, ["A", "B"]), corpus(6, ["A"])];
    const mixed = [...first.flat(), block(sumKeyTermRows(second.flat()))];
    expect(scoreKeyTerms(mixed, options)).toEqual(scoreKeyTerms([...first, ...second].flat(), options));
  });

  it("a block that is not in sumKeyTermRows' shape (a stem's rows apart, a form repeated) is read row by row", () => {
    const r = (source: string, term: string, stem: string, count: number, articles: number): KeyTermRow => ({source, term, stem, count, articles, score: 0, rule: "x"});
    const rows = [r("A", "Krieg", "krieg", 2, 1), r("A", "Wahl", "wahl", 3, 2), r("A", "Kriege", "krieg", 3, 2), r("A", "Wahl", "wahl", 1, 1), r("B", "Krieg", "krieg", 1, 1)];
    expect(scoreKeyTerms([block(rows)], {top: 5, minCount: 1, minArticles: 1})).toEqual(scoreKeyTerms(rows, {top: 5, minCount: 1, minArticles: 1}));
  });

  it("a block whose counts are not whole numbers in Int32Arrays is read row by row", () => {
    const rows = sumKeyTermRows(corpus(3, ["A", "B"]).flat());
    const b = block(rows);
    const floats = new ColumnRows(b.length, b.columns, b.ids, {...b.values, count: Float64Array.from(b.values.count as Int32Array)}, b.strings);
    expect(scoreKeyTerms([floats], options)).toEqual(scoreKeyTerms(rows, options));
  });
});
