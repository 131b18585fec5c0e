import {existsSync, mkdtempSync, readFileSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, test} from "vitest";
import {ColumnRows} from "../../../loaders/columnRows.js";
import type {JobResult} from "../../../loaders/io/process.js";
import {decodeShard, writeShard} from "../../../loaders/io/shards.js";

const dir = mkdtempSync(join(tmpdir(), "shards-"));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

const article = (id: string, tables: Record<string, object[]>): JobResult => ({ok: true, article_id: id, tables: tables as never});
const keysFor = (results: readonly JobResult[]) => results.map((_, i) => `${"0".repeat(39)}${i}`);

describe("cache shards (one file's results in columns)", () => {
  test.each<[string, JobResult[]]>([
    ["rejected and ok results", [{ok: false, reason: "empty"}, article("a1", {dates: [], quotes: []}), {ok: false, reason: "no text"}]],
    [
      "strings shared, nulls, numbers, booleans, nested values, non-ASCII",
      [
        article("a1", {dates: [{article_id: "a1", start: 3, end: 9, value: "", date_start: null, ok: true, text: "„Gespräch“ – 12. Februar", facts: {n: [1, "x"]}}], parts: []}),
        article("a2", {dates: [{article_id: "a2", start: 12, end: 20, value: null, date_start: 4, ok: false, text: "„Gespräch“ – 12. Februar", facts: null}], parts: [{article_id: "a2", label: "body"}]})
      ]
    ],
    ["a column mixing strings and numbers keeps its values", [article("a1", {t: [{v: "1"}, {v: 1}, {v: null}]}), article("a2", {t: [{v: "x"}]})]],
    ["undefined values are dropped as JSON does", [article("a1", {t: [{a: 1, b: undefined}, {a: 2}]}), article("a2", {t: []})]],
    ["NaN becomes null as in JSON", [article("a1", {t: [{a: NaN, b: "x"}]}), article("a2", {t: [{a: 1, b: "y"}]})]],
    ["Latin-1 and wider strings alternating (two pools)", [article("a1", {t: [{s: "Straße"}, {s: "– x"}, {s: ""}, {s: "ÿ"}, {s: "\u0100"}]}), article("a2", {t: [{s: "b"}, {s: "– x"}]})]],
    ["lone surrogates and characters beyond 16 bits in strings", [article("a1", {t: [{s: "a\uD800b"}, {s: "😀 ß"}]}), article("a2", {t: [{s: "\uDC00"}, {s: ""}]})]],
    [
      "whole numbers, numbers beyond 32 bits, fractions, -0 (0 as in JSON), Infinity (null as in JSON)",
      [article("a1", {t: [{i: 1, big: 2 ** 40, f: 0.5, z: -0, inf: Infinity}]}), article("a2", {t: [{i: -(2 ** 31), big: 3, f: 2, z: 1.5, inf: 1}]})]
    ]
  ])("%s read back as JSON would", (name, results) => {
    const path = join(dir, `${name.length}.json`);
    const keys = keysFor(results);
    expect(writeShard(path, keys, results)).toBe(true);
    const back = decodeShard(readFileSync(path), keys)!.results;
    expect(JSON.stringify(back)).toBe(JSON.stringify(results));
    expect(back).toEqual(JSON.parse(JSON.stringify(results)));
  });

  test("bytes that do not start at a multiple of 8 are read alike", () => {
    const results = [article("a1", {t: [{s: "x", n: 1, f: 0.25}]}), article("a2", {t: [{s: null, n: 2, f: 1e300}]})];
    const path = join(dir, "aligned.json");
    writeShard(path, keysFor(results), results);
    const bytes = readFileSync(path);
    const shifted = Buffer.alloc(bytes.length + 1);
    bytes.copy(shifted, 1);
    expect(decodeShard(shifted.subarray(1), keysFor(results))!.results).toEqual(results);
  });

  test("equal strings of a file are one instance after reading", () => {
    const results = [article("a1", {t: [{s: "Bundesregierung"}]}), article("a2", {t: [{s: "Bundesregierung"}]})];
    const path = join(dir, "shared.json");
    writeShard(path, keysFor(results), results);
    const back = decodeShard(readFileSync(path), keysFor(results))!.results as Extract<JobResult, {ok: true}>[];
    const [a, b] = back.map((r) => (r.tables as unknown as Record<string, {s: string}[]>).t[0].s);
    expect(a).toBe("Bundesregierung");
    expect(a).toBe(b);
  });

  test.each<[string, JobResult[]]>([
    ["a row with other keys than its table's first row", [article("a1", {t: [{a: 1, b: 2}]}), article("a2", {t: [{b: 2, a: 1}]})]],
    ["articles with different tables", [article("a1", {t: []}), article("a2", {u: []})]],
    ["a __proto__ column", [article("a1", {t: [JSON.parse('{"__proto__": 1, "a": 2}')]})]]
  ])("%s: no shard is written", (name, results) => {
    const path = join(dir, `no-${name.length}.json`);
    expect(writeShard(path, keysFor(results), results)).toBe(false);
    expect(existsSync(path)).toBe(false);
  });

  test("a shard written for other keys, or damaged, is not read", () => {
    const results = [article("a1", {t: [{a: 1}]}), article("a2", {t: [{a: 2}]})];
    const path = join(dir, "keys.json");
    writeShard(path, keysFor(results), results);
    const json = readFileSync(path);
    expect(decodeShard(json, ["x".repeat(40), keysFor(results)[1]])).toBeUndefined();
    expect(decodeShard(json, keysFor(results).slice(1))).toBeUndefined();
    expect(decodeShard(json.subarray(0, -10), keysFor(results))).toBeUndefined();
  });

  test("a summed table is kept only as its sums over the file", () => {
    // sums: one row per key, counts added up (a stand-in for a corpus step's `summable.sum`)
    const sum = (rows: readonly {k: string; n: number}[]) => {
      const totals = new Map<string, number>();
      for (const r of rows) totals.set(r.k, (totals.get(r.k) ?? 0) + r.n);
      return [...totals].map(([k, n]) => ({k, n}));
    };
    const results = [
      article("a1", {t: [{a: 1}], s: [{k: "x", n: 1}, {k: "y", n: 2}]}),
      {ok: false, reason: "empty"} as JobResult,
      article("a2", {t: [{a: 2}], s: [{k: "x", n: 3}]})
    ];
    const path = join(dir, "summed.json");
    const keys = keysFor(results);
    expect(writeShard(path, keys, results, {s: sum, absent: sum})).toBe(true);
    const back = decodeShard(readFileSync(path), keys)!;
    // read back as one block of columns (no object per row)
    expect(Object.keys(back.sums)).toEqual(["s"]);
    const [block] = back.sums.s;
    expect(block).toBeInstanceOf(ColumnRows);
    expect(block.rows()).toEqual([{k: "x", n: 4}, {k: "y", n: 2}]);
    expect(Object.keys(block.ids)).toEqual(["k"]);
    expect(block.values.n).toBeInstanceOf(Int32Array);
    expect(back.results).toEqual([article("a1", {t: [{a: 1}], s: []}), results[1], article("a2", {t: [{a: 2}], s: []})]);
  });

  test("what is decoded keeps no view on the bytes (the caller may reuse them)", () => {
    const sum = (rows: readonly {k: string; n: number}[]) => [...rows];
    const results = [article("a1", {t: [{a: 1, s: "x"}], s: [{k: "x", n: 1}]}), article("a2", {t: [{a: 2, s: "y"}], s: [{k: "y", n: 3}]})];
    const path = join(dir, "reused.json");
    writeShard(path, keysFor(results), results, {s: sum});
    const bytes = readFileSync(path);
    const back = decodeShard(bytes, keysFor(results))!;
    bytes.fill(0);
    expect(back.sums.s[0].rows()).toEqual([{k: "x", n: 1}, {k: "y", n: 3}]);
    expect(back.results).toEqual([article("a1", {t: [{a: 1, s: "x"}], s: []}), article("a2", {t: [{a: 2, s: "y"}], s: []})]);
  });
});
