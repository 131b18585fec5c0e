import {describe, expect, it} from "vitest";
import {ColumnRows} from "../../../loaders/columnRows.js";
import {scoreKeyTerms, sumKeyTermRows, totalsMemo} from "../../../loaders/topics/keyterms.js";
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

describe("the kept blocks' corpus counts between runs (TotalsMemo)", () => {
  const options = {top: 5, minCount: 2, minArticles: 2};
  /** A memo as a store keeps it: through JSON (totalsMemo), with the number of puts. */
  function store() {
    let kept: unknown;
    let puts = 0;
    const memo = totalsMemo({get: () => (kept === undefined ? undefined : JSON.parse(JSON.stringify(kept))), put: (v) => void (puts++, (kept = v))});
    return {memo, puts: () => puts};
  }
  const files = [corpus(21, ["A"]), corpus(22, ["B"]), corpus(23, ["C", "D"])];
  const blocks = (ids: string[]) => files.map((f, i) => Object.assign(block(sumKeyTermRows(f.flat())), {id: ids[i]}));
  const added = corpus(31, ["E", "F"], 12).flat();
  const addedToA = corpus(32, ["E", "A"], 12).flat(); // rows of a block's source: that block is then read as rows

  const cases: [name: string, first: string[], second: string[], rowsAfter: KeyTermRow[], reused: boolean][] = [
    ["the same blocks and rows added: the memo is used", ["f1", "f2", "f3"], ["f1", "f2", "f3"], added, true],
    ["the same blocks, no rows", ["f1", "f2", "f3"], ["f1", "f2", "f3"], [], true],
    ["a block with another id: added up again", ["f1", "f2", "f3"], ["f1", "f2x", "f3"], added, false],
    ["rows added to a block's source: the other blocks are added up again", ["f1", "f2", "f3"], ["f1", "f2", "f3"], addedToA, false]
  ];
  it.each(cases)("%s", (_, first, second, rowsAfter, reused) => {
    const s = store();
    scoreKeyTerms(blocks(first), options, s.memo);
    expect(s.puts()).toBe(1);
    const mixed = [...blocks(second), ...rowsAfter];
    expect(scoreKeyTerms(mixed, options, s.memo)).toEqual(scoreKeyTerms([...files.flat(2), ...rowsAfter], options));
    expect(s.puts()).toBe(reused ? 1 : 2);
  });

  it("a memo whose ids match but whose blocks are read row by row is not used for them", () => {
    const s = store();
    scoreKeyTerms(blocks(["f1", "f2", "f3"]), options, s.memo);
    // rows of source A before its block: the block's source is then in row form, its counts outside the memo's
    const before = corpus(41, ["A"], 10).flat();
    const mixed = [...before, ...blocks(["f1", "f2", "f3"])];
    expect(scoreKeyTerms(mixed, options, s.memo)).toEqual(scoreKeyTerms([...before, ...files.flat(2)], options));
  });

  it("a memo made under another rule is made again", () => {
    const s = store();
    scoreKeyTerms(blocks(["f1", "f2", "f3"]), {...options, minCount: 3}, s.memo);
    expect(scoreKeyTerms([...blocks(["f1", "f2", "f3"]), ...added], options, s.memo)).toEqual(scoreKeyTerms([...files.flat(2), ...added], options));
    expect(s.puts()).toBe(2);
  });

  it("a state of another shape counts as none", () => {
    const memo = totalsMemo({get: () => ({ids: "f1"}), put: () => {}});
    expect(scoreKeyTerms(blocks(["f1", "f2", "f3"]), options, memo)).toEqual(scoreKeyTerms(files.flat(2), options));
  });
});
