import {describe, expect, it} from "vitest";
import {entryKeys, packEntry, parseFileMemo, replayedUnits} from "../../../loaders/io/fileMemo.js";
import type {MemoUnit} from "../../../loaders/io/units.js";

describe("the file memo in columns", () => {
  const path = "/corpus/a.csv";
  const cases: [name: string, units: MemoUnit[], files: unknown][] = [
    ["adapter rows named path#n", [{file: `${path}#1`, key: "k1", bytesRead: 10}, {file: `${path}#2`, key: "k2", bytesRead: 12}], "#"],
    ["one file, one unit", [{file: path, key: "k1", bytesRead: 40}], "="],
    ["a problem among rows", [{file: `${path}#1`, key: "k1", bytesRead: 10}, {file: `${path}#2`, problem: "empty text", bytesRead: 3}], "#"],
    ["other names", [{file: "a.csv row 1", key: "k1", bytesRead: 10}, {file: "a.csv row 2", key: "k2", bytesRead: 5}], ["a.csv row 1", "a.csv row 2"]],
    ["no units", [], "#"]
  ];
  it.each(cases)("%s: round trip through JSON", (_, units, files) => {
    const entry = packEntry(path, "s", units);
    expect(entry.files).toEqual(files);
    const back = parseFileMemo(JSON.stringify({[path]: entry})).get(path)!;
    expect(back).toBeDefined();
    expect(replayedUnits(path, back)).toEqual(units.map((u) => ("key" in u ? {file: u.file, cachedKey: u.key, bytesRead: u.bytesRead} : u)));
    expect(entryKeys(back)).toEqual(units.flatMap((u) => ("key" in u ? [u.key] : [])));
  });

  it("entries of another shape (an older memo) are left out", () => {
    const old = {stamp: "s", units: [{file: path, key: "k", bytesRead: 1}]};
    const memo = parseFileMemo(JSON.stringify({[path]: old, "/b.txt": {stamp: "s", keys: [null], bytes: [1], files: "="}, "/c.txt": packEntry("/c.txt", "s", [{file: "/c.txt", key: "k", bytesRead: 2}])}));
    expect([...memo.keys()]).toEqual(["/c.txt"]);
  });
});
