import {describe, expect, test} from "vitest";
import {decodeEntry, encodeEntry} from "../../../loaders/io/cacheFormat.js";
import type {JobResult} from "../../../loaders/io/process.js";

const article = (tables: Record<string, object[]>): JobResult => ({ok: true, article_id: "a1", tables: tables as never});

describe("cache entries in columns", () => {
  test.each<[string, JobResult]>([
    ["rejected input", {ok: false, reason: "no article text after the front matter"}],
    ["empty tables", article({quotes: [], dates: []})],
    ["rows of one shape, nulls, numbers, booleans, non-ASCII", article({dates: [{article_id: "a1", start: 3, end: 9, value: "", date_start: null, ok: true, text: "„Gespräch“ – 12. Februar"}, {article_id: "a1", start: 12, end: 20, value: "2025-02-12", date_start: 4, ok: false, text: "x"}]})],
    ["a row with other keys or key order stays an object", article({quotes: [{a: 1, b: 2}, {b: 2, a: 1}, {a: 1}, {a: 1, b: 2, c: 3}]})],
    ["undefined values are dropped as JSON does", article({quotes: [{a: 1, b: undefined}, {a: 2}]})],
    ["a __proto__ column is not used as a literal key", article({quotes: [JSON.parse('{"__proto__": 1, "a": 2}')]})]
  ])("%s reads back as JSON would", (_, value) => {
    const encoded = encodeEntry(value);
    const back = decodeEntry(encoded);
    expect(JSON.stringify(back)).toBe(JSON.stringify(value));
    expect(back).toEqual(JSON.parse(JSON.stringify(value)));
    if (back.ok) for (const rows of Object.values(back.tables) as object[][]) for (const row of rows) expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
  });

  test("repeated keys are written once per table", () => {
    const rows = Array.from({length: 50}, (_, i) => ({source: "Kurier", term: `Wort${i}`, stem: `wort${i}`, count: i, articles: 1, score: 0, rule: ""}));
    const value = article({keyterms: rows});
    expect(encodeEntry(value).length).toBeLessThan(JSON.stringify(value).length * 0.6);
  });
});
