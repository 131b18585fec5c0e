import {describe, expect, test} from "vitest";
import {type ArticleFragments, keysFingerprint} from "../../../loaders/io/keysFingerprint.js";
import type {DateRow} from "../../../loaders/types.js";

const cols = ["article_id", "start", "value", "note"];
const row = (article: string, start: number, value: unknown = "2025-02-12") => ({article_id: article, start, end: 9, surface: "x", value, type: "DATE", note: "", rule: "r"}) as DateRow;

// two articles as extracted (or read from the cache): a with two dates, b with one
const a1 = row("a", 1), a2 = row("a", 2), b1 = row("b", 1);
const base: ArticleFragments = {keys: ["key-a", "key-b"], tables: [{dates: [a1, a2]}, {dates: [b1]}]};
const fp = (rows: object[], fragments = base) => keysFingerprint(rows, cols, "dates", fragments);

describe("keysFingerprint", () => {
  // [what differs from the rows as extracted, the table's rows, the articles]: other cells, another fingerprint
  const different: [string, object[], ArticleFragments][] = [
    ["a row rewritten by a step", [{...a1, value: "2025-02-11"}, a2, b1], base],
    ["a row dropped", [a1, b1], base],
    ["a row added", [a1, a2, row("a", 3), b1], base],
    ["a row added at the end", [a1, a2, b1, row("b", 2)], base],
    ["two rows swapped", [a2, a1, b1], base],
    ["an article's rows from another key", [a1, a2, b1], {...base, keys: ["key-a", "key-c"]}],
    ["no key (hashed by cells)", [a1, a2, b1], {...base, keys: ["key-a", undefined]}],
    ["a row moved to the next article", [a1, a2, b1], {...base, tables: [{dates: [a1]}, {dates: [a2, b1]}]}]
  ];
  test.each(different)("%s", (_, rows, fragments) => {
    expect(fp(rows, fragments)).not.toBe(fp([a1, a2, b1]));
  });

  test("rows rewritten in different columns differ", () => {
    expect(fp([{...a1, value: "x"}, a2, b1])).not.toBe(fp([{...a1, note: "x"}, a2, b1]));
    expect(fp([{...a1, value: "x"}, a2, b1])).not.toBe(fp([{...a1, value: "y"}, a2, b1]));
    expect(fp([{...a1, value: ""}, a2, b1])).not.toBe(fp([{...a1, value: null}, a2, b1]));
  });

  // every column counts, the first and the last too (the checks are made per column set)
  test.each(cols.map((c) => [c]))("a row rewritten only in %s differs", (column) => {
    const rewritten = {...a2, [column]: column === "start" ? 7 : "other"};
    expect(fp([a1, rewritten, b1])).not.toBe(fp([a1, {...a2}, b1]));
    expect(fp([a1, rewritten, b1])).not.toBe(fp([a1, a2, b1]));
  });

  test("the same rows and keys give the same fingerprint, also with equal rewritten rows", () => {
    expect(fp([a1, a2, b1])).toBe(fp([a1, a2, b1]));
    expect(fp([{...a1, value: "x"}, a2, b1])).toBe(fp([{...a1, value: "x"}, a2, b1]));
    expect(fp([a1, a2, b1])).toMatch(/^[0-9a-f]{40}$/);
  });

  // [where the NaN is]: no fingerprint, the table is always written
  const nan = row("c", NaN);
  test.each<[string, object[], ArticleFragments]>([
    ["a row as extracted", [nan], {keys: ["key-c"], tables: [{dates: [nan]}]}],
    ["a rewritten row", [{...a1, start: NaN}, a2, b1], base],
    ["a row of no article", [row("d", NaN)], {keys: [], tables: []}]
  ])("NaN in %s", (_, rows, fragments) => {
    expect(fp(rows, fragments)).toBeUndefined();
  });
});
