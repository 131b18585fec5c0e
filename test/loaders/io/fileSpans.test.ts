import {describe, expect, test} from "vitest";
import {type FileSpan, fileBatches} from "../../../loaders/io/fileSpans.js";

describe("fileBatches: the record batches of a per-article table's Arrow stream", () => {
  test.each<[string, FileSpan[], FileSpan[]]>([
    ["files of several articles each make a batch, keeping their ids", [{start: 0, length: 3, id: "a"}, {start: 3, length: 2}], [{start: 0, length: 3, id: "a"}, {start: 3, length: 2}]],
    ["a run of one-article files makes one batch", [{start: 0, length: 2, single: true}, {start: 2, length: 1, single: true}, {start: 3, length: 4, single: true}], [{start: 0, length: 7, single: true}]],
    [
      "one-article files on either side of a larger file make two batches",
      [{start: 0, length: 1, single: true}, {start: 1, length: 5, id: "b"}, {start: 6, length: 2, single: true}, {start: 8, length: 1, single: true}],
      [{start: 0, length: 1, single: true}, {start: 1, length: 5, id: "b"}, {start: 6, length: 3, single: true}]
    ],
    ["no spans, no batches", [], []]
  ])("%s", (_, spans, batches) => {
    expect(fileBatches(spans)).toEqual(batches);
  });
});
